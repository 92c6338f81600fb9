import type { Passage, Sentence } from '@/lib/content';

/** A sentence as the reader names it: its alignment link, its side, and its place among that side's sentences of the link. */
export interface SentencePlace {
  link: string;
  side: 'hi' | 'en';
  part: number;
}

/** The sentence at a place in a passage, or null where the passage has none. */
export function findSentenceAt(passage: Passage, { link, side, part }: SentencePlace): Sentence | null {
  const found = passage.links.find((candidate) => candidate.id === link);
  const index = found?.[side][part];
  if (index === undefined) return null;
  return passage[side].sentences.find((sentence) => sentence.index === index) ?? null;
}
