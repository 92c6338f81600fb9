'use client';

import type { StudyToolProps } from './passage-ref';

/** Speaks sentences aloud: the browser's voices, or the server's eSpeak NG voice. */
export function ListenControls(_props: StudyToolProps) {
  return null;
}
