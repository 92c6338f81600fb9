import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Passage } from '@/lib/content';
import { invalidFields, nowOf, refuse, studentOf, succeed } from '@/lib/classroom/server';
import type { ClassroomContext, Outcome, PassageKey } from '@/lib/classroom';
import { tables } from '@/lib/db';
import { readPassageForReader } from '@/lib/passages';
import { revealPassageSchema, revealRequestSchema } from './schema';

/** The keys a reveal may name: each alignment pair's first Hindi sentence, as the classroom keys them. */
function revealablePairKeys(passage: Passage): Set<number> {
  return new Set(passage.links.flatMap((link) => (link.hi[0] === undefined ? [] : [link.hi[0]])));
}

async function listRecorded(context: ClassroomContext, studentId: string, key: PassageKey): Promise<number[]> {
  const rows = await context.db
    .select({ sentence: tables.reveal.sentence })
    .from(tables.reveal)
    .where(
      and(
        eq(tables.reveal.studentId, studentId),
        eq(tables.reveal.passageSource, key.source),
        eq(tables.reveal.passageRef, key.ref),
      ),
    )
    .orderBy(asc(tables.reveal.sentence));
  return rows.map((row) => row.sentence);
}

/** The pairs of a passage whose English the signed-in student has revealed, here or in an assignment. */
export async function listReveals(context: ClassroomContext, input: unknown): Promise<Outcome<number[]>> {
  const student = studentOf(context);
  if (!student) return refuse('not-signed-in');
  const parsed = revealPassageSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  if (!(await readPassageForReader(context, parsed.data))) return refuse('not-found');
  return succeed(await listRecorded(context, student.userId, parsed.data));
}

/**
 * Records that the student revealed these pairs' English, in the table the classroom counts; a
 * pair revealed before keeps its first time. Answers every pair of the passage revealed so far.
 */
export async function recordReveals(context: ClassroomContext, input: unknown): Promise<Outcome<number[]>> {
  const student = studentOf(context);
  if (!student) return refuse('not-signed-in');
  const parsed = revealRequestSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  const { source, ref, sentences } = parsed.data;
  const passage = await readPassageForReader(context, { source, ref });
  if (!passage) return refuse('not-found');
  const keys = revealablePairKeys(passage);
  if (sentences.some((sentence) => !keys.has(sentence))) return refuse('invalid-input', { fields: ['sentences'] });
  const revealedAt = nowOf(context);
  await context.db
    .insert(tables.reveal)
    .values([...new Set(sentences)].map((sentence) => ({ studentId: student.userId, passageSource: source, passageRef: ref, sentence, revealedAt })))
    .onConflictDoNothing();
  return succeed(await listRecorded(context, student.userId, { source, ref }));
}
