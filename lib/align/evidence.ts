import { buildAnchorCentre, findAnchors, traceAnchorPath, type Anchor } from './anchors';
import { buildBand, buildPathCentre, decodeBand, type LinkCost, type LinkShape } from './band';
import { buildFeatures, collectEvidence, confirmWordMatches, type DocumentFeatures } from './features';
import { collectConcepts, createLexicalScore, type LexicalMatchRates } from './lexical';
import { measureLengthCost, sumPrefixes, type LengthModel } from './length-model';
import { countOrphanNumbers, type OrphanNumbers } from './orphans';
import { createPunctuationMismatch } from './punctuation';
import { buildIdRuns, createRunMarker, findRun } from './runs';
import type { AlignmentLink } from './types';

/** Fewer anchored pairs than this say too little about the length ratio. */
const MIN_RATIO_ANCHORS = 5;

const SHAPES: readonly LinkShape[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3]];
const ONE_TO_ONE = 0;

/**
 * Weights of the cost terms; tuned on the NTREX development documents (the word list's, its floor,
 * the penalty for numbers one side lacks, the deletion cost, the length variance and the unshared
 * penalty on their perturbations with seeds 1–10, leaving the default seed and 11–20 for
 * checking; retuned once the word list's repeated concepts were merged).
 */
export interface EvidenceParams {
  /** Cost of each link shape, in the order of SHAPES (1-1 is the reference, 0). */
  shapeCosts: readonly number[];
  /** English characters (without spaces) per Hindi character in NTREX news. */
  usualRatio: number;
  /** Weight of `usualRatio` against the measured lengths (anchored pairs or totals), in Hindi characters. */
  ratioPriorLength: number;
  /** s² of the length model: Hindi–English news varies less than the paper's 6.8. */
  lengthVariance: number;
  lengthWeight: number;
  /** Reward per unit of shared feature weight. */
  sharedReward: number;
  /** Penalty per unit of feature weight left unshared inside a link. */
  unsharedPenalty: number;
  /** Reward per unit of the word list's log-likelihood ratio (penalty when it is negative). */
  lexicalWeight: number;
  /** How often a listed word's translation shows in the sentence that translates it. */
  lexicalMatchRates: LexicalMatchRates;
  /** The word list's log-likelihood ratio counts down to this and no further. */
  lexicalFloor: number;
  /** Penalty per number written in digits in a link that the other side lacks nearby. */
  orphanNumberPenalty: number;
  /** Penalty per unit of weighted punctuation difference. */
  punctuationWeight: number;
  /** How far from its expected place, in sentences, a skeleton match must recur to count. */
  confirmRadius: number;
  /** Half-width of the band around the anchor path, in sentences. */
  bandWidth: number;
  maxWidenings: number;
  /** How the link posteriors, the confidence, read the costs. */
  posterior: PosteriorParams;
}

/**
 * The posterior's cost of a link is (path cost + shapeShift + the doubt of an unsupported 1-1 link)
 * / temperature. The path's costs pick the best alignment; these make each link's posterior a
 * calibrated probability that it is right.
 * Tuned on seeds 1–10 (checked on 11–20): the shift for the most wrong links below the doubt
 * threshold when that flags 2% of the right ones, the temperature for the least log loss.
 */
export interface PosteriorParams {
  /** Below 1: the path's costs, read as log-likelihoods, understate how sure a link is. */
  temperature: number;
  /**
   * Added to each shape's cost, in the order of SHAPES: read as odds, the path's shape costs make
   * a line left out a little too rare and two lines joined a little too common.
   */
  shapeShift: readonly number[];
  /**
   * Added, per 100 characters of its two lines beyond `unsupportedAllowance`, to the cost of a 1-1
   * link with no support (its sides share no feature, and the word list finds no more of its words
   * than it misses). Two unrelated lines, one left out on each side, cost the path little more as
   * such a link than a free translation does, so the path's costs make the link too sure; and the
   * longer the lines, the more a translation would share, so finding nothing says more. Of 0.2 to
   * 0.9, the least log loss on seeds 1–10 (checked on 11–20); the path never reads it.
   */
  unsupportedPerHundredChars: number;
  /**
   * Characters of a 1-1 link's two lines that may go without support and no doubt: on seeds 1–10,
   * 32% of the right 1-1 links under 60 characters and 9% of those of 60 to 100 have none, but
   * about 1% of the longer ones.
   */
  unsupportedAllowance: number;
}

export const DEFAULT_EVIDENCE_PARAMS: EvidenceParams = {
  // 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3
  shapeCosts: [0, 3.1, 3.1, 2.08, 2.08, 11.25, 9, 9],
  usualRatio: 0.97,
  ratioPriorLength: 1000,
  lengthVariance: 3.8,
  lengthWeight: 0.667,
  sharedReward: 1.333,
  unsharedPenalty: 0.78,
  punctuationWeight: 1.375,
  lexicalWeight: 0.77,
  lexicalMatchRates: { englishInHindi: 0.45, hindiInEnglish: 0.35 },
  lexicalFloor: -6,
  orphanNumberPenalty: 3,
  confirmRadius: 6,
  bandWidth: 5,
  maxWidenings: 3,
  posterior: {
    temperature: 0.6,
    shapeShift: [0, -0.6, -0.6, 0.3, 0.3, 0, 0, 0],
    unsupportedPerHundredChars: 0.45,
    unsupportedAllowance: 100,
  },
};

/**
 * The 'best' aligner: lengths as in Gale & Church plus what the two sides visibly share, the
 * numbers one side lacks and the words of a bilingual list that they translate, searched in a
 * band around a chain of anchors. Hand-written, as no library aligns Hindi with English.
 */
export function alignWithEvidence(
  hi: readonly string[],
  en: readonly string[],
  params: EvidenceParams = DEFAULT_EVIDENCE_PARAMS,
): AlignmentLink[] {
  const scorer = prepareLinkScorer(hi, en, params);
  const linkCost = createLinkCost(scorer);
  const hiCounts = Int32Array.from(SHAPES, ([hiCount]) => hiCount);
  const enCounts = Int32Array.from(SHAPES, ([, enCount]) => enCount);
  const shapeCosts = Float64Array.from(params.shapeCosts);
  const { temperature } = params.posterior;
  const posteriorShapeCosts = Float64Array.from(
    params.shapeCosts,
    (cost, shape) => cost + (params.posterior.shapeShift[shape] ?? 0),
  );
  const { unsupportedAllowance } = params.posterior;
  const unsupportedPerChar = params.posterior.unsupportedPerHundredChars / 100;
  // One object for every call, as the search asks for millions of links.
  const assessment: LinkAssessment = { cost: 0, unsupportedLength: 0 };
  const costOf: LinkCost = (shape, i, j, costs) => {
    linkCost(i - (hiCounts[shape] as number), i, j - (enCounts[shape] as number), j, assessment);
    const { cost } = assessment;
    costs.path = (shapeCosts[shape] as number) + cost;
    const doubt =
      shape === ONE_TO_ONE ? unsupportedPerChar * Math.max(0, assessment.unsupportedLength - unsupportedAllowance) : 0;
    costs.posterior = ((posteriorShapeCosts[shape] as number) + cost + doubt) / temperature;
  };
  let [rowMin, rowMax] = buildAnchorCentre(scorer.anchors, hi.length, en.length);
  let width = params.bandWidth;
  for (let widening = 0; ; widening += 1) {
    const band = buildBand(rowMin, rowMax, en.length, width);
    const { links, touchesEdge } = decodeBand(band, SHAPES, costOf);
    if (!touchesEdge || widening === params.maxWidenings) return links;
    [rowMin, rowMax] = buildPathCentre(links, hi.length);
    width *= 2;
  }
}

/** Everything the cost of a link needs, computed once per document. */
export interface LinkScorer {
  features: DocumentFeatures;
  anchors: Anchor[];
  params: EvidenceParams;
  model: LengthModel;
  /** Prefix sums over sentences, so a run of sentences costs one subtraction. */
  hiLengths: Float64Array;
  enLengths: Float64Array;
  punctuationMismatch: (hiFrom: number, hiTo: number, enFrom: number, enTo: number) => number;
  lexicalScore: (hiFrom: number, hiTo: number, enFrom: number, enTo: number) => number;
  /** Prefix sums of each side's numbers that the other side lacks nearby. */
  orphanNumbers: OrphanNumbers;
}

/**
 * Features (with skeleton matches confirmed by position), lengths, punctuation and the news word
 * list's concepts of a document.
 */
export function prepareLinkScorer(
  hi: readonly string[],
  en: readonly string[],
  params: EvidenceParams,
): LinkScorer {
  const evidence = collectEvidence(hi, en);
  const path = traceAnchorPath(findAnchors(buildFeatures(evidence)), hi.length, en.length);
  // The path at the middle of Hindi sentence p runs through the middle of the expected English one.
  const expectedEnglish = (p: number): number => path(p + 0.5) - 0.5;
  const confirmed = confirmWordMatches(evidence, expectedEnglish, params.confirmRadius);
  const features = buildFeatures(confirmed);
  const anchors = findAnchors(features);
  const hiLengths = hi.map(measureLength);
  const enLengths = en.map(measureLength);
  return {
    features,
    anchors,
    params,
    model: { ratio: estimateLengthRatio(anchors, hiLengths, enLengths, params), variance: params.lengthVariance },
    hiLengths: sumPrefixes(hiLengths),
    enLengths: sumPrefixes(enLengths),
    punctuationMismatch: createPunctuationMismatch(hi, en),
    orphanNumbers: countOrphanNumbers(evidence, expectedEnglish, params.confirmRadius),
    lexicalScore: createLexicalScore(collectConcepts(hi, en), params.lexicalMatchRates, params.lexicalFloor),
  };
}

/**
 * English characters per Hindi character, from the anchored pairs when there are enough (a
 * document's totals mislead when one side is an excerpt of the other), and pulled towards the
 * usual ratio, as a short document's own lengths are a poor estimate.
 */
function estimateLengthRatio(
  anchors: readonly Anchor[],
  hiLengths: readonly number[],
  enLengths: readonly number[],
  params: EvidenceParams,
): number {
  let hiTotal = 0;
  let enTotal = 0;
  if (anchors.length >= MIN_RATIO_ANCHORS) {
    for (const anchor of anchors) {
      hiTotal += hiLengths[anchor.hi] as number;
      enTotal += enLengths[anchor.en] as number;
    }
  } else {
    hiTotal = hiLengths.reduce((sum, length) => sum + length, 0);
    enTotal = enLengths.reduce((sum, length) => sum + length, 0);
  }
  return (enTotal + params.usualRatio * params.ratioPriorLength) / (hiTotal + params.ratioPriorLength);
}

/** Characters other than spaces: spacing differs between the scripts more than the text does. */
function measureLength(sentence: string): number {
  let length = 0;
  for (let index = 0; index < sentence.length; index += 1) {
    const code = sentence.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) length += 1;
  }
  return length;
}

/**
 * Cost of linking Hindi sentences [hiFrom, hiTo) with English sentences [enFrom, enTo), both
 * non-empty, before the cost of the link's shape: lower when lengths fit, features are shared,
 * punctuation agrees and listed words find their translations. Written into `assessment` with
 * what supports the link, so the search reads both from one pass over the link's evidence.
 */
export function createLinkCost(
  scorer: LinkScorer,
): (hiFrom: number, hiTo: number, enFrom: number, enTo: number, assessment: LinkAssessment) => void {
  const { params, model, features, punctuationMismatch, lexicalScore, orphanNumbers } = scorer;
  const covered = createCoverage(features);
  // Imported bindings are getters once transpiled to CommonJS; a local copy keeps the loop fast.
  const lengthCost = measureLengthCost;
  return (hiFrom, hiTo, enFrom, enTo, assessment) => {
    if (hiFrom === hiTo || enFrom === enTo) {
      assessment.cost = 0;
      assessment.unsupportedLength = 0;
      return;
    }
    const hiLength = (scorer.hiLengths[hiTo] as number) - (scorer.hiLengths[hiFrom] as number);
    const enLength = (scorer.enLengths[enTo] as number) - (scorer.enLengths[enFrom] as number);
    const coverage = covered(hiFrom, hiTo, enFrom, enTo);
    const matched = coverage.matched;
    const unmatched = Math.max(0, coverage.hi + coverage.en - 2 * matched);
    const lexical = lexicalScore(hiFrom, hiTo, enFrom, enTo);
    assessment.unsupportedLength = matched > 0 || lexical > 0 ? 0 : hiLength + enLength;
    assessment.cost =
      params.lengthWeight * lengthCost(hiLength, enLength, model) -
      params.sharedReward * matched +
      params.unsharedPenalty * unmatched +
      params.punctuationWeight * punctuationMismatch(hiFrom, hiTo, enFrom, enTo) -
      params.lexicalWeight * lexical +
      params.orphanNumberPenalty *
        ((orphanNumbers.hi[hiTo] as number) - (orphanNumbers.hi[hiFrom] as number) +
          (orphanNumbers.en[enTo] as number) - (orphanNumbers.en[enFrom] as number));
  };
}

/** What `createLinkCost` finds of a link. */
export interface LinkAssessment {
  cost: number;
  /**
   * Characters of the link's lines when nothing supports it (no shared feature, and the word list
   * finds no more of its words than it misses), else 0.
   */
  unsupportedLength: number;
}

/** Weights of a link's distinct features: on both sides, and on each side. */
interface Coverage {
  matched: number;
  hi: number;
  en: number;
}

/**
 * Weight of the distinct features of a link, shared and per side. A feature repeated in two
 * sentences of one side counts once, so a title merged into the next sentence, which repeats its
 * names, neither earns nor costs anything for them.
 */
function createCoverage(features: DocumentFeatures): (hiFrom: number, hiTo: number, enFrom: number, enTo: number) => Coverage {
  const { weights } = features;
  const hiRuns = buildIdRuns(features.hi, weights.length, weights);
  const enRuns = buildIdRuns(features.en, weights.length, weights);
  const markEnglishFeatures = createRunMarker(enRuns, weights.length);
  // One object for every call: the search asks millions of times, and reads it at once.
  const result: Coverage = { matched: 0, hi: 0, en: 0 };
  return (hiFrom, hiTo, enFrom, enTo) => {
    const hiRun = findRun(hiFrom, hiTo);
    const enRun = findRun(enFrom, enTo);
    const onEnglishSide = markEnglishFeatures(enRun);
    const stamp = enRun + 1;
    let matched = 0;
    const hiEnd = hiRuns.starts[hiRun + 1] as number;
    for (let index = hiRuns.starts[hiRun] as number; index < hiEnd; index += 1) {
      const feature = hiRuns.ids[index] as number;
      if (onEnglishSide[feature] === stamp) matched += weights[feature] as number;
    }
    result.matched = matched;
    result.hi = hiRuns.sums[hiRun] as number;
    result.en = enRuns.sums[enRun] as number;
    return result;
  };
}
