import { checkAnswer, practiceDirections, type PracticeDirection } from './compare';

/** A passage as the reader names it: its `data-passage-source` and `data-passage-ref`. */
export interface PracticePassage {
  source: 'library' | 'teacher';
  ref: string;
}

/** The last answer written for each pair (by link id), in each direction. */
export type StoredAttempts = Record<string, Partial<Record<PracticeDirection, string>>>;

export function practiceStorageKey(passage: PracticePassage): string {
  return `sahpath:practice:${passage.source}:${passage.ref}`;
}

/** The direction last chosen, for every passage. */
export const practiceDirectionStorageKey = 'sahpath:practice-direction';

/** A link id as alignments number them; nothing else (such as `__proto__`) becomes a key. */
const linkIdPattern = /^[A-Za-z0-9-]{1,64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A pair's stored answers that are answers; anything else in the record is dropped. */
function answersOf(value: unknown): Partial<Record<PracticeDirection, string>> {
  if (!isRecord(value)) return {};
  const answers: Partial<Record<PracticeDirection, string>> = {};
  for (const direction of practiceDirections) {
    const answer = value[direction];
    if (typeof answer === 'string' && checkAnswer(answer).ok) answers[direction] = answer;
  }
  return answers;
}

/** The stored attempts, or none when nothing is stored or it is not ours (edited, broken): a browser's storage is input like any other. */
export function parseStoredAttempts(raw: string | null): StoredAttempts {
  if (raw === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    if (error instanceof SyntaxError) return {};
    throw error;
  }
  if (!isRecord(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed).flatMap(([linkId, value]) => {
      const answers = answersOf(value);
      return linkIdPattern.test(linkId) && Object.keys(answers).length > 0 ? [[linkId, answers]] : [];
    }),
  );
}

/** The attempts with this answer kept as the pair's last in this direction. */
export function withAttempt(attempts: StoredAttempts, linkId: string, direction: PracticeDirection, answer: string): StoredAttempts {
  return { ...attempts, [linkId]: { ...attempts[linkId], [direction]: answer } };
}

export function parseStoredDirection(raw: string | null): PracticeDirection {
  return practiceDirections.find((direction) => direction === raw) ?? 'hi-en';
}
