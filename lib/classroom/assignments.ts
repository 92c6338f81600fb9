import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { listPassages, type Passage, type PassageSummary } from '@/lib/content';
import { tables } from '@/lib/db';
import { readPassageLinker } from '@/lib/passages';
import { findTeacherAssignment, readAssignablePassage } from './assignment-access';
import { idSchema, refuse, succeed, teacherOf, type ClassroomContext, type Outcome, type Refusal } from './context';
import { buildQuiz } from './quiz';
import { pairsInRange } from './range';
import { maxInstructionsLength, maxSentencesPerAssignment, passageSources, tasksSchema, type QuizQuestion } from './types';

export const maxTitleLength = 200;

export const newAssignmentSchema = z.object({
  classId: idSchema,
  passageSource: z.enum(passageSources),
  passageRef: z.string().min(1).max(200),
  title: z.string().trim().min(1).max(maxTitleLength),
  firstSentence: z.int().min(0),
  lastSentence: z.int().min(0),
  instructions: z.string().trim().max(maxInstructionsLength).default(''),
  dueAt: z.date().nullable(),
  tasks: tasksSchema,
});
export type NewAssignment = z.input<typeof newAssignmentSchema>;

/** Field paths of a failed parse, in full ("tasks.translate", "translations.12"), for the form to name. */
export function refuseInvalid(issues: readonly { path: readonly PropertyKey[] }[]): Refusal {
  const fields = issues.map((issue) => (issue.path.length > 0 ? issue.path.map(String).join('.') : 'form'));
  return refuse('invalid-input', { fields: [...new Set(fields)] });
}

async function ownedClass(context: ClassroomContext, teacherId: string, classId: string) {
  const [row] = await context.db
    .select({ id: tables.classroom.id, name: tables.classroom.name, archivedAt: tables.classroom.archivedAt })
    .from(tables.classroom)
    .where(and(eq(tables.classroom.id, classId), eq(tables.classroom.teacherId, teacherId)));
  return row ?? null;
}

/** The class a teacher sets work in, named for the page; another teacher's class is not found. */
export async function readAssignableClass(context: ClassroomContext, classId: string): Promise<Outcome<{ id: string; name: string }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const found = await ownedClass(context, teacher.userId, classId.slice(0, 100));
  if (!found) return refuse('not-found');
  return succeed({ id: found.id, name: found.name });
}

export type AssignablePassage = { source: 'library' | 'teacher'; ref: string; title: { hi: string; en: string }; sentenceCount: number };

/** The library's passages and the teacher's own, for the new-assignment page to offer. */
export async function listAssignablePassages(context: ClassroomContext): Promise<Outcome<AssignablePassage[]>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const library: PassageSummary[] = await listPassages();
  const own = await context.db
    .select({ id: tables.teacherPassage.id, titleHi: tables.teacherPassage.titleHi, titleEn: tables.teacherPassage.titleEn, passage: tables.teacherPassage.passage })
    .from(tables.teacherPassage)
    .where(eq(tables.teacherPassage.ownerId, teacher.userId))
    .orderBy(asc(tables.teacherPassage.createdAt));
  return succeed([
    ...library.map((summary) => ({ source: 'library' as const, ref: summary.slug, title: summary.title, sentenceCount: summary.sentenceCount.hi })),
    ...own.map((row) => ({
      source: 'teacher' as const,
      ref: row.id,
      title: { hi: row.titleHi, en: row.titleEn },
      sentenceCount: sentenceCountOf(row.passage),
    })),
  ]);
}

/** A passage the teacher may assign, to lay out for choosing the range. */
export async function readPassageToAssign(context: ClassroomContext, key: { source: unknown; ref: unknown }): Promise<Outcome<Passage>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = z.object({ source: z.enum(passageSources), ref: z.string().min(1).max(200) }).safeParse(key);
  if (!parsed.success) return refuse('not-found');
  const passage = await readAssignablePassage(context.db, teacher.userId, parsed.data);
  return passage ? succeed(passage) : refuse('not-found');
}

function sentenceCountOf(stored: unknown): number {
  const parsed = z.object({ hi: z.object({ sentences: z.array(z.unknown()) }) }).safeParse(stored);
  return parsed.success ? parsed.data.hi.sentences.length : 0;
}

/**
 * Sets an assignment in one of the teacher's classes. The range must lie within the passage, the
 * sentences to translate must be rows of the range, and the quiz is made now, once for every student.
 */
export async function createAssignment(context: ClassroomContext, input: unknown): Promise<Outcome<{ id: string }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = newAssignmentSchema.safeParse(input);
  if (!parsed.success) return refuseInvalid(parsed.error.issues);
  const data = parsed.data;
  const classroom = await ownedClass(context, teacher.userId, data.classId);
  if (!classroom) return refuse('not-found');
  if (classroom.archivedAt) return refuse('archived');
  const key = { source: data.passageSource, ref: data.passageRef };
  const passage = await readAssignablePassage(context.db, teacher.userId, key);
  if (!passage) return refuse('not-found');

  const sentenceCount = passage.hi.sentences.length;
  if (data.lastSentence >= sentenceCount || data.firstSentence > data.lastSentence) {
    return refuse('invalid-input', { fields: ['lastSentence'] });
  }
  if (data.lastSentence - data.firstSentence + 1 > maxSentencesPerAssignment) return refuse('invalid-input', { fields: ['lastSentence'] });
  if (!data.tasks.read && !data.tasks.quiz && !data.tasks.translate) return refuse('invalid-input', { fields: ['tasks'] });
  const rowKeys = new Set(pairsInRange(passage, data.firstSentence, data.lastSentence).map((pair) => pair.key));
  if (data.tasks.translate && !data.tasks.translate.sentences.every((sentence) => rowKeys.has(sentence))) {
    return refuse('invalid-input', { fields: ['tasks.translate'] });
  }

  const id = randomUUID();
  let quiz: QuizQuestion[] = [];
  if (data.tasks.quiz) {
    const { entries, linker } = await readPassageLinker(context.db, key);
    quiz = buildQuiz(passage, linker, entries, data.firstSentence, data.lastSentence, { seed: id });
  }
  const tasks = data.tasks.translate
    ? { ...data.tasks, translate: { ...data.tasks.translate, sentences: [...new Set(data.tasks.translate.sentences)].sort((a, b) => a - b) } }
    : data.tasks;
  await context.db.insert(tables.assignment).values({
    id,
    classId: classroom.id,
    passageSource: key.source,
    passageRef: key.ref,
    title: data.title,
    firstSentence: data.firstSentence,
    lastSentence: data.lastSentence,
    instructions: data.instructions,
    dueAt: data.dueAt,
    tasks,
    quiz,
  });
  return succeed({ id });
}

export type ClassAssignmentSummary = { id: string; title: string; dueAt: Date | null; studentCount: number; submittedCount: number };

/** A class's assignments, soonest due first, with how many of its students have submitted. */
export async function listClassAssignments(context: ClassroomContext, classId: string): Promise<Outcome<ClassAssignmentSummary[]>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const classroom = await ownedClass(context, teacher.userId, classId.slice(0, 100));
  if (!classroom) return refuse('not-found');
  const [students] = await context.db
    .select({ value: count() })
    .from(tables.enrolment)
    .where(eq(tables.enrolment.classId, classroom.id));
  const rows = await context.db
    .select({ id: tables.assignment.id, title: tables.assignment.title, dueAt: tables.assignment.dueAt })
    .from(tables.assignment)
    .where(eq(tables.assignment.classId, classroom.id))
    .orderBy(sql`${tables.assignment.dueAt} asc nulls last`, asc(tables.assignment.createdAt));
  const submitted = rows.length
    ? await context.db
        .select({ assignmentId: tables.submission.assignmentId, value: count() })
        .from(tables.submission)
        .innerJoin(
          tables.enrolment,
          and(eq(tables.enrolment.studentId, tables.submission.studentId), eq(tables.enrolment.classId, classroom.id)),
        )
        .where(and(inArray(tables.submission.assignmentId, rows.map((row) => row.id)), eq(tables.submission.status, 'submitted')))
        .groupBy(tables.submission.assignmentId)
    : [];
  const submittedBy = new Map(submitted.map((row) => [row.assignmentId, row.value]));
  return succeed(
    rows.map((row) => ({ ...row, studentCount: students?.value ?? 0, submittedCount: submittedBy.get(row.id) ?? 0 })),
  );
}

/** Removes an assignment and all work on it from the teacher's class. */
export async function deleteAssignment(context: ClassroomContext, assignmentId: string): Promise<Outcome<{ id: string }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const id = idSchema.safeParse(assignmentId);
  const found = id.success ? await findTeacherAssignment(context.db, teacher.userId, id.data) : null;
  if (!found) return refuse('not-found');
  await context.db.delete(tables.assignment).where(eq(tables.assignment.id, found.assignment.id));
  return succeed({ id: found.assignment.id });
}
