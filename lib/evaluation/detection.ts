import type { Passage } from '@/lib/content';
import { normalizeText, segmentWords, toMatchKey } from '@/lib/text';
import type { GlossaryEntry } from '@/lib/glossary';
import type { LoanwordCandidate, SentencePair } from '@/lib/loanwords';

/** A passage's alignment links as sentence pairs; quoted English inside the Hindi is left out. */
export function pairPassageSentences(passage: Passage): SentencePair[] {
  const pairs: SentencePair[] = [];
  for (const link of passage.links) {
    const hi = link.hi
      .map((index) => passage.hi.sentences[index])
      .filter((sentence) => sentence?.lang === 'hi')
      .map((sentence) => sentence?.text ?? '')
      .join(' ');
    const en = link.en.map((index) => passage.en.sentences[index]?.text ?? '').join(' ');
    if (hi.trim() !== '' && en.trim() !== '') pairs.push({ hi, en });
  }
  return pairs;
}

function listDevanagariWords(text: string): string[] {
  return segmentWords(normalizeText(text), 'hi')
    .filter((token) => token.isWord && /[\u0900-\u097F]/u.test(token.text))
    .map((token) => token.text);
}

/**
 * Distinct Devanagari words of the pairs' Hindi that belong to a form of an English-origin entry
 * (each word of a multi-word form counts), keyed by match key, first spelling kept.
 */
export function listGoldLoanwordForms(
  pairs: ReadonlyArray<SentencePair>,
  entries: readonly GlossaryEntry[],
): Map<string, string> {
  const loanWordKeys = new Set(
    entries
      .filter((entry) => entry.origin === 'en')
      .flatMap((entry) => entry.forms.flatMap(listDevanagariWords))
      .map(toMatchKey),
  );
  const gold = new Map<string, string>();
  for (const pair of pairs) {
    for (const word of listDevanagariWords(pair.hi)) {
      const key = toMatchKey(word);
      if (loanWordKeys.has(key) && !gold.has(key)) gold.set(key, word);
    }
  }
  return gold;
}

export interface DetectionScore {
  precision: number;
  recall: number;
  f1: number;
  falsePositives: string[];
  falseNegatives: string[];
}

/** Precision and recall of the candidates' forms against gold forms, compared by match key. */
export function measureDetection(
  candidates: readonly LoanwordCandidate[],
  gold: ReadonlyMap<string, string>,
): DetectionScore {
  const predicted = new Map<string, string>();
  for (const form of candidates.flatMap((candidate) => candidate.forms)) {
    const key = toMatchKey(form);
    if (!predicted.has(key)) predicted.set(key, form);
  }
  const truePositives = [...predicted.keys()].filter((key) => gold.has(key)).length;
  const precision = predicted.size === 0 ? 0 : truePositives / predicted.size;
  const recall = gold.size === 0 ? 0 : truePositives / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    falsePositives: [...predicted].filter(([key]) => !gold.has(key)).map(([, form]) => form),
    falseNegatives: [...gold].filter(([key]) => !predicted.has(key)).map(([, form]) => form),
  };
}
