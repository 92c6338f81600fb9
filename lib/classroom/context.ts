import { z } from 'zod';
import type { Actor, StudentActor, TeacherActor } from '@/lib/auth';
import type { Database } from '@/lib/db';

/** Everything a data-layer call needs: the database, who is asking, and the clock (fixed in tests). */
export type ClassroomContext = { db: Database; actor: Actor | null; now?: () => Date };

/**
 * Why a call was refused. Another teacher's class and a class that does not exist both answer
 * `not-found`, so a guessed id tells nothing.
 */
export type RefusalCode =
  | 'not-signed-in'
  | 'not-found'
  | 'invalid-input'
  | 'too-many-attempts'
  | 'already-submitted'
  | 'archived';

export type Refusal = { ok: false; code: RefusalCode; fields?: string[]; retryAfterSeconds?: number };
export type Outcome<T> = { ok: true; value: T } | Refusal;

export function refuse(code: RefusalCode, extra: Omit<Refusal, 'ok' | 'code'> = {}): Refusal {
  return { ok: false, code, ...extra };
}

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function nowOf(context: ClassroomContext): Date {
  return context.now ? context.now() : new Date();
}

export function teacherOf(context: ClassroomContext): TeacherActor | null {
  return context.actor?.role === 'teacher' ? context.actor : null;
}

export function studentOf(context: ClassroomContext): StudentActor | null {
  return context.actor?.role === 'student' ? context.actor : null;
}

/** Field names of a failed zod parse, for the form to mark. */
export function invalidFields(issues: readonly { path: readonly PropertyKey[] }[]): Refusal {
  return refuse('invalid-input', { fields: [...new Set(issues.map((issue) => String(issue.path[0] ?? 'form')))] });
}

/** Any id a request names: a guessed one too long or empty is refused before the database is asked. */
export const idSchema = z.string().min(1).max(100);

/** Whole minutes a refused caller is told to wait, never less than one. */
export function minutesToWait(retryAfterSeconds: number | undefined): number {
  return Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
}
