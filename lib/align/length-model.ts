/**
 * Gale & Church (1993): the length of a translation is about c times the length of its source,
 * with a variance growing with length, so δ = (l₂ − c·l₁) / √(s²·(l₁ + l₂/c)/2) is standard normal.
 */

export interface LengthModel {
  /** Expected English characters per Hindi character. */
  ratio: number;
  /** Variance of English characters per Hindi character (the paper's s²). */
  variance: number;
}

/** The paper's s², measured on English, French and German. */
export const GALE_CHURCH_VARIANCE = 6.8;

/** −log P(|δ| ≥ observed): the paper's match cost for a pair of character lengths. */
export function measureLengthCost(hiLength: number, enLength: number, model: LengthModel): number {
  if (hiLength === 0 && enLength === 0) return 0;
  const mean = (hiLength + enLength / model.ratio) / 2;
  const delta = Math.abs(enLength - model.ratio * hiLength) / Math.sqrt(model.variance * mean);
  return -computeLogTail(delta);
}

/** Total English length over total Hindi length: the paper's c, estimated from the texts. */
export function estimateLengthRatio(hiLengths: ArrayLike<number>, enLengths: ArrayLike<number>): number {
  const hiTotal = sumLengths(hiLengths);
  const enTotal = sumLengths(enLengths);
  return hiTotal > 0 && enTotal > 0 ? enTotal / hiTotal : 1;
}

/**
 * log(2·(1 − Φ(z))) for z ≥ 0, i.e. log erfc(z/√2), computed in log space so that long
 * mismatches get a large finite cost instead of log(0). Numerical Recipes' erfc, error < 1.2e-7.
 */
export function computeLogTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + poly;
}

function sumLengths(lengths: ArrayLike<number>): number {
  let total = 0;
  for (let index = 0; index < lengths.length; index += 1) total += lengths[index] as number;
  return total;
}

/** prefix[k] = values[0] + … + values[k − 1], so any run's total is one subtraction. */
export function sumPrefixes(values: ArrayLike<number>): Float64Array {
  const prefix = new Float64Array(values.length + 1);
  for (let index = 0; index < values.length; index += 1) {
    prefix[index + 1] = (prefix[index] as number) + (values[index] as number);
  }
  return prefix;
}
