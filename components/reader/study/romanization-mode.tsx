'use client';

import type { StudyToolProps } from './passage-ref';

/** Shows the Hindi romanised, as a line under each sentence or over each word. */
export function RomanizationMode(_props: StudyToolProps) {
  return null;
}
