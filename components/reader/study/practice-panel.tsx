'use client';

import type { StudyToolProps } from './passage-ref';

/** Translate practice for the sentence whose practise button was pressed. */
export function PracticePanel(_props: StudyToolProps) {
  return null;
}
