import { buildBand, buildDiagonalCentre, buildPathCentre, decodeBand, type LinkCost, type LinkShape } from './band';
import {
  estimateLengthRatio,
  GALE_CHURCH_VARIANCE,
  measureLengthCost,
  sumPrefixes,
  type LengthModel,
} from './length-model';
import type { AlignmentLink } from './types';

/** The paper's link types and priors (Table 5); as in its program, each direction gets the pair's value. */
const SHAPES: readonly LinkShape[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]];
const PRIORS = [0.89, 0.0099, 0.0099, 0.089, 0.089, 0.011];
const PRIOR_COSTS = Float64Array.from(PRIORS, (prior) => -Math.log(prior));

/**
 * Half-width of the band around the diagonal. The paper fills the whole table, but 10,000
 * sentences would need 10⁸ cells; a path pressed against the edge widens the band and reruns.
 */
const BAND_WIDTH = 40;
const MAX_WIDENINGS = 3;

/**
 * Gale & Church (1993): the classic aligner that looks only at sentence lengths in characters.
 * Hand-written, as no npm package implements it.
 */
export function alignWithGaleChurch(hi: readonly string[], en: readonly string[]): AlignmentLink[] {
  const hiPrefix = sumPrefixes(hi.map((sentence) => sentence.length));
  const enPrefix = sumPrefixes(en.map((sentence) => sentence.length));
  const model: LengthModel = {
    ratio: estimateLengthRatio(hi.map((sentence) => sentence.length), en.map((sentence) => sentence.length)),
    variance: GALE_CHURCH_VARIANCE,
  };
  const hiCounts = Int32Array.from(SHAPES, ([hiCount]) => hiCount);
  const enCounts = Int32Array.from(SHAPES, ([, enCount]) => enCount);
  // Imported bindings are getters once transpiled to CommonJS; a local copy keeps the loop fast.
  const lengthCost = measureLengthCost;
  // Costs are −log probabilities, so the posterior reads them as they are.
  const costOf: LinkCost = (shape, i, j, costs) => {
    const hiLength = (hiPrefix[i] as number) - (hiPrefix[i - (hiCounts[shape] as number)] as number);
    const enLength = (enPrefix[j] as number) - (enPrefix[j - (enCounts[shape] as number)] as number);
    costs.path = (PRIOR_COSTS[shape] as number) + lengthCost(hiLength, enLength, model);
    costs.posterior = costs.path;
  };
  let [rowMin, rowMax] = buildDiagonalCentre(hi.length, en.length);
  let width = BAND_WIDTH;
  for (let widening = 0; ; widening += 1) {
    const band = buildBand(rowMin, rowMax, en.length, width);
    // Costs are −log probabilities, so the posterior needs no rescaling.
    const { links, touchesEdge } = decodeBand(band, SHAPES, costOf);
    if (!touchesEdge || widening === MAX_WIDENINGS) return links;
    [rowMin, rowMax] = buildPathCentre(links, hi.length);
    width *= 2;
  }
}
