'use client';

import type { StudyToolProps } from './passage-ref';

/** Hides the English column and reveals it sentence by sentence. */
export function RevealMode(_props: StudyToolProps) {
  return null;
}
