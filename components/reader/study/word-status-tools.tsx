'use client';

import type { StudyToolProps } from './passage-ref';

/** What the learner knows of the passage's words: counts, and the status of the focused word. */
export function WordStatusTools(_props: StudyToolProps) {
  return null;
}
