import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation, tables, type Database } from '@/lib/db';
import { newJoinCode, newReentryCode } from './codes';
import { idSchema, invalidFields, nowOf, refuse, succeed, teacherOf, type ClassroomContext, type Outcome } from './context';
import { maxNameLength } from './types';

/** Ids are random and long; anything longer than this is no id of ours and is not looked up. */
/** A fresh code that is already taken is drawn again; ten draws in a row colliding would mean a broken generator. */
const codeDraws = 10;

export const classNameSchema = z.string().trim().min(1).max(maxNameLength);

const createClassSchema = z.object({ name: classNameSchema });
const renameClassSchema = z.object({ classId: idSchema, name: classNameSchema });
const archiveSchema = z.object({ classId: idSchema, archived: z.boolean() });
const classIdSchema = z.object({ classId: idSchema });
const classStudentSchema = z.object({ classId: idSchema, studentId: idSchema });

export type TeacherClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  createdAt: Date;
  studentCount: number;
};

export type RosterEntry = { studentId: string; displayName: string; joinedAt: Date; reentryCode: string };

export type TeacherClass = {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  createdAt: Date;
  roster: RosterEntry[];
};

/** Runs an update that writes a fresh random code, drawing again when the code is already taken. */
export async function withFreshCode<T>(draw: () => string, write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write(draw());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= codeDraws) throw error;
    }
  }
}

/** The class if it is this teacher's; another teacher's class and a missing one look the same. */
async function findOwnClass(db: Database, teacherId: string, classId: string) {
  const [row] = await db
    .select()
    .from(tables.classroom)
    .where(and(eq(tables.classroom.id, classId), eq(tables.classroom.teacherId, teacherId)));
  return row ?? null;
}

/** Whether the class is this teacher's, for other parts of the classroom that hang things on a class. */
export async function isTeachersClass(context: ClassroomContext, classId: string): Promise<boolean> {
  const teacher = teacherOf(context);
  const parsed = idSchema.safeParse(classId);
  if (!teacher || !parsed.success) return false;
  return (await findOwnClass(context.db, teacher.userId, parsed.data)) !== null;
}

export async function createClass(context: ClassroomContext, input: unknown): Promise<Outcome<{ id: string; name: string; joinCode: string }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = createClassSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  for (let attempt = 0; attempt < codeDraws; attempt += 1) {
    const [row] = await context.db
      .insert(tables.classroom)
      .values({
        id: crypto.randomUUID(),
        teacherId: teacher.userId,
        name: parsed.data.name,
        joinCode: newJoinCode(),
        createdAt: nowOf(context),
      })
      .onConflictDoNothing()
      .returning({ id: tables.classroom.id, name: tables.classroom.name, joinCode: tables.classroom.joinCode });
    if (row) return succeed(row);
  }
  throw new Error('no free join code after repeated draws');
}

export async function listTeacherClasses(context: ClassroomContext): Promise<Outcome<TeacherClassSummary[]>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const rows = await context.db
    .select({
      id: tables.classroom.id,
      name: tables.classroom.name,
      joinCode: tables.classroom.joinCode,
      archivedAt: tables.classroom.archivedAt,
      createdAt: tables.classroom.createdAt,
      studentCount: count(tables.enrolment.studentId),
    })
    .from(tables.classroom)
    .leftJoin(tables.enrolment, eq(tables.enrolment.classId, tables.classroom.id))
    .where(eq(tables.classroom.teacherId, teacher.userId))
    .groupBy(tables.classroom.id)
    .orderBy(asc(tables.classroom.createdAt), asc(tables.classroom.id));
  return succeed(
    rows.map(({ archivedAt, studentCount, ...row }) => ({ ...row, archived: archivedAt !== null, studentCount: Number(studentCount) })),
  );
}

export async function getClassForTeacher(context: ClassroomContext, classId: unknown): Promise<Outcome<TeacherClass>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = idSchema.safeParse(classId);
  if (!parsed.success) return refuse('not-found');
  const found = await findOwnClass(context.db, teacher.userId, parsed.data);
  if (!found) return refuse('not-found');
  const roster = await context.db
    .select({
      studentId: tables.enrolment.studentId,
      displayName: tables.enrolment.displayName,
      joinedAt: tables.enrolment.joinedAt,
      reentryCode: tables.student.reentryCode,
    })
    .from(tables.enrolment)
    .innerJoin(tables.student, eq(tables.student.userId, tables.enrolment.studentId))
    .where(eq(tables.enrolment.classId, found.id))
    .orderBy(asc(tables.enrolment.joinedAt), asc(tables.enrolment.displayName));
  return succeed({
    id: found.id,
    name: found.name,
    joinCode: found.joinCode,
    archived: found.archivedAt !== null,
    createdAt: found.createdAt,
    roster,
  });
}

export async function renameClass(context: ClassroomContext, input: unknown): Promise<Outcome<{ name: string }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = renameClassSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  const [row] = await context.db
    .update(tables.classroom)
    .set({ name: parsed.data.name })
    .where(and(eq(tables.classroom.id, parsed.data.classId), eq(tables.classroom.teacherId, teacher.userId)))
    .returning({ name: tables.classroom.name });
  return row ? succeed(row) : refuse('not-found');
}

export async function setClassArchived(context: ClassroomContext, input: unknown): Promise<Outcome<{ archived: boolean }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = archiveSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  const [row] = await context.db
    .update(tables.classroom)
    .set({ archivedAt: parsed.data.archived ? nowOf(context) : null })
    .where(and(eq(tables.classroom.id, parsed.data.classId), eq(tables.classroom.teacherId, teacher.userId)))
    .returning({ archivedAt: tables.classroom.archivedAt });
  return row ? succeed({ archived: row.archivedAt !== null }) : refuse('not-found');
}

/** Deletes the class with its enrolments and assignments; the students' accounts stay for their other classes. */
export async function deleteClass(context: ClassroomContext, input: unknown): Promise<Outcome<{ id: string }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = classIdSchema.safeParse(input);
  if (!parsed.success) return refuse('not-found');
  const [row] = await context.db
    .delete(tables.classroom)
    .where(and(eq(tables.classroom.id, parsed.data.classId), eq(tables.classroom.teacherId, teacher.userId)))
    .returning({ id: tables.classroom.id });
  return row ? succeed(row) : refuse('not-found');
}

/** A new join code; the old one stops working at once, students already in the class stay. */
export async function regenerateJoinCode(context: ClassroomContext, input: unknown): Promise<Outcome<{ joinCode: string }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = classIdSchema.safeParse(input);
  if (!parsed.success) return refuse('not-found');
  const [row] = await withFreshCode(newJoinCode, (joinCode) =>
    context.db
      .update(tables.classroom)
      .set({ joinCode })
      .where(and(eq(tables.classroom.id, parsed.data.classId), eq(tables.classroom.teacherId, teacher.userId)))
      .returning({ joinCode: tables.classroom.joinCode }),
  );
  return row ? succeed(row) : refuse('not-found');
}

/** Whether this student is enrolled in this teacher's class. */
async function isInOwnClass(db: Database, teacherId: string, classId: string, studentId: string): Promise<boolean> {
  const [row] = await db
    .select({ studentId: tables.enrolment.studentId })
    .from(tables.enrolment)
    .innerJoin(tables.classroom, eq(tables.classroom.id, tables.enrolment.classId))
    .where(
      and(eq(tables.enrolment.classId, classId), eq(tables.enrolment.studentId, studentId), eq(tables.classroom.teacherId, teacherId)),
    );
  return row !== undefined;
}

/** Takes the student off the class; their account and their work in other classes stay. */
export async function removeStudent(context: ClassroomContext, input: unknown): Promise<Outcome<{ studentId: string }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = classStudentSchema.safeParse(input);
  if (!parsed.success) return refuse('not-found');
  const { classId, studentId } = parsed.data;
  if (!(await isInOwnClass(context.db, teacher.userId, classId, studentId))) return refuse('not-found');
  await context.db.delete(tables.enrolment).where(and(eq(tables.enrolment.classId, classId), eq(tables.enrolment.studentId, studentId)));
  return succeed({ studentId });
}

/**
 * A new re-entry code for a student of her class, when the old one was lost or seen by others.
 * Sessions opened with the old code end too, so whoever else used it is out.
 */
export async function resetReentryCode(context: ClassroomContext, input: unknown): Promise<Outcome<{ reentryCode: string }>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const parsed = classStudentSchema.safeParse(input);
  if (!parsed.success) return refuse('not-found');
  const { classId, studentId } = parsed.data;
  if (!(await isInOwnClass(context.db, teacher.userId, classId, studentId))) return refuse('not-found');
  const [row] = await withFreshCode(newReentryCode, (reentryCode) =>
    context.db
      .update(tables.student)
      .set({ reentryCode })
      .where(eq(tables.student.userId, studentId))
      .returning({ reentryCode: tables.student.reentryCode }),
  );
  if (!row) return refuse('not-found');
  await context.db.delete(tables.session).where(eq(tables.session.userId, studentId));
  return succeed(row);
}
