import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ClassroomContext, Outcome, Refusal } from '@/lib/classroom';
import { invalidFields, nowOf, refuse, studentOf, succeed, teacherOf } from '@/lib/classroom/server';
import { buildPassage, type ContentProblem, type Passage } from '@/lib/content';
import { isUniqueViolation, tables, type Database } from '@/lib/db';
import type { GlossaryEntry } from '@/lib/glossary';
import { draftOfSaveRequest, reviewSavedEntries, saveRequestSchema } from '@/lib/importer';

export type TeacherPassageSummary = { id: string; slug: string; title: { hi: string; en: string }; createdAt: Date };

/** A teacher passage as the reader shows it: the passage and her glossary entries for it. */
export type TeacherPassage = TeacherPassageSummary & { ownerId: string; passage: Passage; entries: GlossaryEntry[] };

/** Why a save request did not become a passage: the request's fields, or what the content reading found. */
export type SaveTeacherPassageRefusal = Refusal & { problems?: ContentProblem[] };

/** Ids are 16 base64url characters; anything else cannot name a passage and is not looked up. */
const passageIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/);

function newPassageId(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Saves a teacher's import in the database as her own passage. The passage is built exactly as the
 * content files would be read back, and whether an entry is reviewed is decided here. A slug she
 * already uses is refused with the field `slug`.
 */
export async function saveTeacherPassage(
  context: ClassroomContext,
  input: unknown,
): Promise<Outcome<TeacherPassageSummary> | SaveTeacherPassageRefusal> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = saveRequestSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  const request = parsed.data;
  const entries = reviewSavedEntries(request);
  const ids = entries.map((entry) => entry.id);
  if (new Set(ids).size !== ids.length) return refuse('invalid-input', { fields: ['entries'] });
  const createdAt = nowOf(context);
  const built = buildPassage(draftOfSaveRequest(request), createdAt.toISOString().slice(0, 10));
  if (!built.passage) return { ...refuse('invalid-input', { fields: ['passage'] }), problems: built.problems };
  const row = {
    id: newPassageId(),
    ownerId: teacher.userId,
    slug: request.slug,
    titleHi: request.title.hi,
    titleEn: request.title.en,
    passage: built.passage,
    entries,
    createdAt,
  };
  try {
    await context.db.insert(tables.teacherPassage).values(row);
  } catch (error) {
    if (isUniqueViolation(error)) return refuse('invalid-input', { fields: ['slug'] });
    throw error;
  }
  return succeed({ id: row.id, slug: row.slug, title: request.title, createdAt });
}

/** The signed-in teacher's own passages, newest first. */
export async function listTeacherPassages(context: ClassroomContext): Promise<Outcome<TeacherPassageSummary[]>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const rows = await context.db
    .select({
      id: tables.teacherPassage.id,
      slug: tables.teacherPassage.slug,
      titleHi: tables.teacherPassage.titleHi,
      titleEn: tables.teacherPassage.titleEn,
      createdAt: tables.teacherPassage.createdAt,
    })
    .from(tables.teacherPassage)
    .where(eq(tables.teacherPassage.ownerId, teacher.userId))
    .orderBy(desc(tables.teacherPassage.createdAt), desc(tables.teacherPassage.id));
  return succeed(rows.map((row) => ({ id: row.id, slug: row.slug, title: { hi: row.titleHi, en: row.titleEn }, createdAt: row.createdAt })));
}

/** A teacher passage by id, checking nobody: callers decide who may see it. */
export async function loadTeacherPassage(db: Database, id: string): Promise<TeacherPassage | null> {
  if (!passageIdSchema.safeParse(id).success) return null;
  const [row] = await db.select().from(tables.teacherPassage).where(eq(tables.teacherPassage.id, id));
  if (!row) return null;
  return {
    id: row.id,
    ownerId: row.ownerId,
    slug: row.slug,
    title: { hi: row.titleHi, en: row.titleEn },
    createdAt: row.createdAt,
    passage: row.passage as Passage,
    entries: row.entries as GlossaryEntry[],
  };
}

/** Whether a student is enrolled in a class that has an assignment of this teacher passage. */
async function isAssignedTo(db: Database, studentId: string, passageId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: tables.assignment.id })
    .from(tables.assignment)
    .innerJoin(tables.enrolment, eq(tables.enrolment.classId, tables.assignment.classId))
    .where(
      and(
        eq(tables.enrolment.studentId, studentId),
        eq(tables.assignment.passageSource, 'teacher'),
        eq(tables.assignment.passageRef, passageId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * A teacher passage for the reader: its owner may read it, and so may a student of a class it is
 * assigned to. Everybody else, and a guessed id, get `not-found`.
 */
export async function getPassageForReader(context: ClassroomContext, id: string): Promise<Outcome<TeacherPassage>> {
  const teacher = teacherOf(context);
  const student = studentOf(context);
  if (!teacher && !student) return refuse('not-found');
  const found = await loadTeacherPassage(context.db, id);
  if (!found) return refuse('not-found');
  if (teacher) return found.ownerId === teacher.userId ? succeed(found) : refuse('not-found');
  if (student && (await isAssignedTo(context.db, student.userId, found.id))) return succeed(found);
  return refuse('not-found');
}

/** Deletes one of the signed-in teacher's passages. */
export async function deleteTeacherPassage(context: ClassroomContext, id: string): Promise<Outcome<{ id: string }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  if (!passageIdSchema.safeParse(id).success) return refuse('not-found');
  const deleted = await context.db
    .delete(tables.teacherPassage)
    .where(and(eq(tables.teacherPassage.id, id), eq(tables.teacherPassage.ownerId, teacher.userId)))
    .returning({ id: tables.teacherPassage.id });
  return deleted.length > 0 ? succeed({ id }) : refuse('not-found');
}

/** The glossary a teacher passage links to: the library's, with her entries in place of any of the same id. */
export function mergeGlossary(library: readonly GlossaryEntry[], own: readonly GlossaryEntry[]): GlossaryEntry[] {
  const ownIds = new Set(own.map((entry) => entry.id));
  return [...library.filter((entry) => !ownIds.has(entry.id)), ...own];
}
