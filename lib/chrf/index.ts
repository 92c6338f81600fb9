/**
 * chrF (Popović 2015) and chrF++ (Popović 2017), computed as sacrebleu's `CHRF` does
 * (sacrebleu/metrics/chrf.py, commit f615c72), so that scores agree with it to the last digits.
 * Strings are read by Unicode code points, as Python iterates over `str`.
 */

export interface ChrfParams {
  /** Longest character n-gram. */
  charOrder: number;
  /** Longest word n-gram; 2 gives chrF++. */
  wordOrder: number;
  /** Weight of recall against precision. */
  beta: number;
  /** Keep whitespace inside character n-grams. */
  whitespace: boolean;
  /** Average the F-scores of all orders with ε for empty ones, instead of the effective order. */
  epsSmoothing: boolean;
  lowercase: boolean;
}

/** sacrebleu's `CHRF()` defaults. */
export const CHRF_DEFAULTS: Readonly<ChrfParams> = Object.freeze({
  charOrder: 6,
  wordOrder: 0,
  beta: 2,
  whitespace: false,
  epsSmoothing: false,
  lowercase: false,
});

type NgramCounts = Map<string, number>;

/** Python's `str.split()` separators: the characters for which `str.isspace()` is true. */
const pythonWhitespace = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;
const pythonWhitespaceGlobal = new RegExp(pythonWhitespace.source, 'gu');

/** `string.punctuation`, which chrF++ splits off the ends of words. */
const punctuation = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

function splitWords(text: string): string[] {
  return text.split(pythonWhitespace).filter((word) => word.length > 0);
}

function countNgrams(items: readonly string[], order: number, separator: string): NgramCounts {
  const counts: NgramCounts = new Map();
  for (let start = 0; start + order <= items.length; start += 1) {
    const ngram = items.slice(start, start + order).join(separator);
    counts.set(ngram, (counts.get(ngram) ?? 0) + 1);
  }
  return counts;
}

function extractCharNgrams(text: string, params: ChrfParams): NgramCounts[] {
  const characters = Array.from(params.whitespace ? text : text.replace(pythonWhitespaceGlobal, ''));
  return Array.from({ length: params.charOrder }, (_, index) => countNgrams(characters, index + 1, ''));
}

/** Splits one punctuation mark off the end (or else the start) of each word, as chrF++ does. */
function splitPunctuation(text: string): string[] {
  return splitWords(text).flatMap((word): string[] => {
    const characters = Array.from(word);
    if (characters.length === 1) return [word];
    const first = characters[0] ?? '';
    const last = characters.at(-1) ?? '';
    if (punctuation.has(last)) return [characters.slice(0, -1).join(''), last];
    if (punctuation.has(first)) return [first, characters.slice(1).join('')];
    return [word];
  });
}

function extractNgrams(text: string, params: ChrfParams): NgramCounts[] {
  const prepared = params.lowercase ? text.toLowerCase() : text;
  const ngrams = extractCharNgrams(prepared, params);
  if (params.wordOrder > 0) {
    const words = splitPunctuation(prepared);
    for (let order = 1; order <= params.wordOrder; order += 1) ngrams.push(countNgrams(words, order, ' '));
  }
  return ngrams;
}

/** Of one n-gram order: how many the hypothesis has, how many the reference, how many match. */
interface OrderStatistics {
  hypothesis: number;
  reference: number;
  matches: number;
}

function sumCounts(counts: NgramCounts): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

function matchStatistics(hypothesis: readonly NgramCounts[], reference: readonly NgramCounts[]): OrderStatistics[] {
  return hypothesis.map((hypothesisCounts, order) => {
    const referenceCounts = reference[order];
    if (referenceCounts === undefined) throw new Error(`chrF: the reference lacks n-grams of order ${order + 1}`);
    let matches = 0;
    for (const [ngram, count] of hypothesisCounts) matches += Math.min(count, referenceCounts.get(ngram) ?? 0);
    // sacrebleu counts no hypothesis n-grams of an order the reference lacks.
    return { hypothesis: referenceCounts.size > 0 ? sumCounts(hypothesisCounts) : 0, reference: sumCounts(referenceCounts), matches };
  });
}

function computeFScore(statistics: readonly OrderStatistics[], params: ChrfParams): number {
  const eps = 1e-16;
  const factor = params.beta ** 2;
  let smoothedSum = 0;
  let precisionSum = 0;
  let recallSum = 0;
  let effectiveOrder = 0;
  for (const { hypothesis, reference, matches } of statistics) {
    const precision = hypothesis > 0 ? matches / hypothesis : eps;
    const recall = reference > 0 ? matches / reference : eps;
    const denominator = factor * precision + recall;
    smoothedSum += denominator > 0 ? ((1 + factor) * precision * recall) / denominator : eps;
    if (hypothesis > 0 && reference > 0) {
      precisionSum += precision;
      recallSum += recall;
      effectiveOrder += 1;
    }
  }
  if (params.epsSmoothing) return (100 * smoothedSum) / statistics.length;
  const precision = effectiveOrder === 0 ? 0 : precisionSum / effectiveOrder;
  const recall = effectiveOrder === 0 ? 0 : recallSum / effectiveOrder;
  if (precision + recall === 0) return 0;
  return 100 * (((1 + factor) * precision * recall) / (factor * precision + recall));
}

function resolveParams(params: Partial<ChrfParams>): ChrfParams {
  const resolved = { ...CHRF_DEFAULTS, ...params };
  const { charOrder, wordOrder, beta } = resolved;
  if (!Number.isInteger(charOrder) || !Number.isInteger(wordOrder) || charOrder < 0 || wordOrder < 0 || charOrder + wordOrder === 0) {
    throw new RangeError('chrF: charOrder and wordOrder must be whole numbers ≥ 0, not both 0');
  }
  if (!Number.isFinite(beta) || beta < 0) throw new RangeError('chrF: beta must be a number ≥ 0');
  return resolved;
}

/** The statistics of the reference whose F-score against the hypothesis is best (the first on a tie). */
function segmentStatistics(hypothesis: string, references: readonly string[], params: ChrfParams): OrderStatistics[] {
  if (references.length === 0) throw new RangeError('chrF: every segment needs at least one reference');
  const hypothesisNgrams = extractNgrams(hypothesis, params);
  let best: OrderStatistics[] = [];
  let bestScore = -1;
  for (const reference of references) {
    const statistics = matchStatistics(hypothesisNgrams, extractNgrams(reference, params));
    const score = computeFScore(statistics, params);
    if (score > bestScore) {
      bestScore = score;
      best = statistics;
    }
  }
  return best;
}

/** chrF (0–100) of one hypothesis against one or more alternative references. */
export function chrfSentence(hypothesis: string, references: readonly string[], params: Partial<ChrfParams> = {}): number {
  const resolved = resolveParams(params);
  return computeFScore(segmentStatistics(hypothesis, references, resolved), resolved);
}

/**
 * Corpus chrF (0–100): the n-gram statistics of every segment are summed before the score is
 * computed. `referenceStreams[k][i]` is the k-th reference of hypothesis i.
 */
export function chrfCorpus(hypotheses: readonly string[], referenceStreams: readonly (readonly string[])[], params: Partial<ChrfParams> = {}): number {
  const resolved = resolveParams(params);
  if (hypotheses.length === 0) throw new RangeError('chrF: no hypotheses to score');
  if (referenceStreams.length === 0) throw new RangeError('chrF: no reference streams');
  referenceStreams.forEach((stream, index) => {
    if (stream.length !== hypotheses.length) {
      throw new RangeError(`chrF: reference stream ${index + 1} has ${stream.length} segments, the hypotheses ${hypotheses.length}`);
    }
  });
  const totals: OrderStatistics[] = Array.from({ length: resolved.charOrder + resolved.wordOrder }, () => ({ hypothesis: 0, reference: 0, matches: 0 }));
  hypotheses.forEach((hypothesis, segment) => {
    const references = referenceStreams.map((stream) => stream[segment] ?? '');
    segmentStatistics(hypothesis, references, resolved).forEach((order, index) => {
      const total = totals[index];
      if (total === undefined) throw new Error(`chrF: no total for n-gram order ${index + 1}`);
      total.hypothesis += order.hypothesis;
      total.reference += order.reference;
      total.matches += order.matches;
    });
  });
  return computeFScore(totals, resolved);
}
