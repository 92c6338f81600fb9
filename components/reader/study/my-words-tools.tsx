'use client';

import type { StudyToolProps } from './passage-ref';

/** Saves terms, words and sentences to My words. */
export function MyWordsTools(_props: StudyToolProps) {
  return null;
}
