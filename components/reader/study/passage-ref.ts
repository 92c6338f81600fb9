import type { Lng, Namespace } from '@/lib/i18n';

/** A passage as learners' records name it: a library slug, or a teacher passage's id. */
export interface ReaderPassageRef {
  source: 'library' | 'teacher';
  ref: string;
}

/** The namespaces the reader's study tools translate from. */
export const studyNamespaces = ['reveal', 'romanize', 'listen', 'words', 'mywords', 'practice'] as const satisfies readonly Namespace[];

/** What every study tool of the reader is given. */
export interface StudyToolProps {
  lng: Lng;
  passageRef: ReaderPassageRef;
}
