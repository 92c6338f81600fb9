import type { Passage } from '@/lib/content';
import type { TranslateDirection } from './types';

/**
 * One row of the reader within an assignment: an alignment pair, named by its first Hindi
 * sentence. Reveals, translations, scores and feedback are all kept per pair under that key,
 * since a pair's English cannot be split between its Hindi sentences.
 */
export type RangePair = { key: number; linkId: string; hi: string; en: string };

export function pairsInRange(passage: Passage, firstSentence: number, lastSentence: number): RangePair[] {
  const pairs: RangePair[] = [];
  for (const link of passage.links) {
    const key = link.hi[0];
    if (key === undefined || !link.hi.some((index) => index >= firstSentence && index <= lastSentence)) continue;
    const hi = link.hi.map((index) => passage.hi.sentences[index]?.text ?? '').join(' ');
    const en = link.en.map((index) => passage.en.sentences[index]?.text ?? '').join(' ');
    pairs.push({ key, linkId: link.id, hi, en });
  }
  return pairs;
}

/** What the student translates and what the answer is scored against. */
export function translationTask(pair: RangePair, direction: TranslateDirection): { source: string; reference: string } {
  return direction === 'hi-en' ? { source: pair.hi, reference: pair.en } : { source: pair.en, reference: pair.hi };
}
