import { diffWords } from 'diff';
import { chrfSentence } from '@/lib/chrf';

/** Which way the learner translates: from the Hindi into English, or the other way. */
export const practiceDirections = ['hi-en', 'en-hi'] as const;
export type PracticeDirection = (typeof practiceDirections)[number];

/** The language the learner writes in for a direction: the reference's language. */
export function answerLanguage(direction: PracticeDirection): 'hi' | 'en' {
  return direction === 'hi-en' ? 'en' : 'hi';
}

/** Longest answer compared, in characters: a sentence's translation, with room to spare. */
export const maxAnswerLength = 2000;

export type AnswerCheck = { ok: true; answer: string } | { ok: false; problem: 'empty' } | { ok: false; problem: 'tooLong'; length: number };

/** Whether an answer can be compared: something written, and not more than `maxAnswerLength`. */
export function checkAnswer(raw: string): AnswerCheck {
  const answer = raw.trim();
  if (answer.length === 0) return { ok: false, problem: 'empty' };
  const length = Array.from(answer).length;
  if (length > maxAnswerLength) return { ok: false, problem: 'tooLong', length };
  return { ok: true, answer };
}

const nukta = '\u093c';
const variantHyphens = /[\u2010\u2011]/gu;
const singleQuotes = /[\u2018\u2019\u201b\u2032]/gu;
const doubleQuotes = /[\u201c\u201d\u201f\u2033]/gu;
const whitespace = /\s+/gu;

/**
 * The form both texts are compared in. Differences of typing, not of translation, are levelled:
 * curly and straight quotes, the non-breaking hyphen the passages mix with "-", runs of spaces,
 * and the nukta, which the passages themselves write in ज़्यादा and leave out in ज्यादा.
 */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFD')
    .replaceAll(nukta, '')
    .normalize('NFC')
    .replace(variantHyphens, '-')
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .replace(whitespace, ' ')
    .trim();
}

/** chrF (0–100) of the answer against the reference, capital letters aside, to one decimal. */
export function scoreAnswer(reference: string, answer: string): number {
  const score = chrfSentence(normalizeForComparison(answer), [normalizeForComparison(reference)], { lowercase: true });
  return Math.round(score * 10) / 10;
}

/** A run of the word-level difference: in both texts, only in the reference, or only in the answer. */
export interface DiffSegment {
  kind: 'same' | 'missing' | 'extra';
  text: string;
}

/**
 * The word-level difference from the reference to the answer. Words are found with
 * `Intl.Segmenter`, as diff's own tokeniser knows Latin letters only and would cut Devanagari
 * into single characters.
 */
export function diffAnswer(reference: string, answer: string, lang: 'hi' | 'en'): DiffSegment[] {
  const changes = diffWords(normalizeForComparison(reference), normalizeForComparison(answer), {
    ignoreCase: true,
    intlSegmenter: new Intl.Segmenter(lang, { granularity: 'word' }),
  });
  return changes
    .map((change): DiffSegment => ({ kind: change.added ? 'extra' : change.removed ? 'missing' : 'same', text: change.value }))
    .filter((segment) => segment.text.length > 0);
}

/** How near a score is, for a word beside the number: chrF alone means little to a learner. */
export type ScoreBand = 'close' | 'partial' | 'far';

export function bandOfScore(score: number): ScoreBand {
  if (score >= 60) return 'close';
  if (score >= 35) return 'partial';
  return 'far';
}

export interface PracticeComparison {
  score: number;
  band: ScoreBand;
  segments: DiffSegment[];
}

/** Everything the panel shows after "Compare": the score, its band and the difference. */
export function compareAnswer(reference: string, answer: string, direction: PracticeDirection): PracticeComparison {
  const score = scoreAnswer(reference, answer);
  return { score, band: bandOfScore(score), segments: diffAnswer(reference, answer, answerLanguage(direction)) };
}
