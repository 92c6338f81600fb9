/**
 * Strict and lax precision, recall and F1 of sentence alignments, as in vecalign's score.py
 * (Thompson & Koehn 2019, after Sennrich & Volk 2011). Precision: every predicted link except
 * empty ones; strict when a gold link has the same Hindi and English sets, lax when a Hindi
 * sentence of it is linked in gold to one of its English sentences. Recall: the same with gold
 * and prediction swapped, after dropping links with an empty side (1-0, 0-1) from both.
 * Counts are summed over documents before dividing; 0/0 counts as 0. Ported, as score.py is Python.
 */

/** A link to score: only the sentence sets matter. */
export interface ScoredLink {
  hi: readonly number[];
  en: readonly number[];
}

export interface AlignmentScores {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

interface LinkCounts {
  strictHits: number;
  strictMisses: number;
  laxHits: number;
  laxMisses: number;
}

/** Scores of predicted alignments against gold ones, one pair per document. */
export function scoreAlignments(
  documents: ReadonlyArray<{ gold: readonly ScoredLink[]; predicted: readonly ScoredLink[] }>,
): AlignmentScores {
  const precision: LinkCounts = { strictHits: 0, strictMisses: 0, laxHits: 0, laxMisses: 0 };
  const recall: LinkCounts = { strictHits: 0, strictMisses: 0, laxHits: 0, laxMisses: 0 };
  for (const { gold, predicted } of documents) {
    addCounts(precision, countMatches(gold, predicted));
    const hasBothSides = (link: ScoredLink): boolean => link.hi.length > 0 && link.en.length > 0;
    addCounts(recall, countMatches(predicted.filter(hasBothSides), gold.filter(hasBothSides)));
  }
  const precisionStrict = divide(precision.strictHits, precision.strictHits + precision.strictMisses);
  const precisionLax = divide(precision.laxHits, precision.laxHits + precision.laxMisses);
  const recallStrict = divide(recall.strictHits, recall.strictHits + recall.strictMisses);
  const recallLax = divide(recall.laxHits, recall.laxHits + recall.laxMisses);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: divide(2 * precisionStrict * recallStrict, precisionStrict + recallStrict),
    precisionLax,
    recallLax,
    f1Lax: divide(2 * precisionLax * recallLax, precisionLax + recallLax),
  };
}

/** score.py's _precision: how many `tested` links are strict and lax matches of `reference`. */
function countMatches(reference: readonly ScoredLink[], tested: readonly ScoredLink[]): LinkCounts {
  const counts: LinkCounts = { strictHits: 0, strictMisses: 0, laxHits: 0, laxMisses: 0 };
  const referenceKeys = new Set<string>();
  const enByHi = new Map<number, Set<number>>();
  for (const link of reference) {
    if (link.hi.length === 0 && link.en.length === 0) continue;
    referenceKeys.add(describeLink(link));
    for (const hi of link.hi) {
      const targets = enByHi.get(hi) ?? new Set<number>();
      for (const en of link.en) targets.add(en);
      enByHi.set(hi, targets);
    }
  }
  // score.py puts links in a set, so a repeated link counts once.
  const seen = new Set<string>();
  for (const link of tested) {
    const key = describeLink(link);
    if ((link.hi.length === 0 && link.en.length === 0) || seen.has(key)) continue;
    seen.add(key);
    if (referenceKeys.has(key)) {
      counts.strictHits += 1;
      counts.laxHits += 1;
      continue;
    }
    counts.strictMisses += 1;
    const overlaps = link.hi.some((hi) => link.en.some((en) => enByHi.get(hi)?.has(en) === true));
    if (overlaps) counts.laxHits += 1;
    else counts.laxMisses += 1;
  }
  return counts;
}

function describeLink(link: ScoredLink): string {
  return `${link.hi.join(',')}:${link.en.join(',')}`;
}

function addCounts(total: LinkCounts, counts: LinkCounts): void {
  total.strictHits += counts.strictHits;
  total.strictMisses += counts.strictMisses;
  total.laxHits += counts.laxHits;
  total.laxMisses += counts.laxMisses;
}

function divide(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
