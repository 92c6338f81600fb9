import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { tables, type Database } from '@/lib/db';
import { checkRateLimit, hitRateLimit, type RateRule } from '@/lib/ratelimit';
import { withFreshCode } from './classes';
import { newReentryCode, readJoinCode, readReentryCode } from './codes';
import { idSchema, invalidFields, nowOf, refuse, studentOf, succeed, type ClassroomContext, type Outcome } from './context';
import { maxNameLength } from './types';

/**
 * Failed tries per address. Only failures count: a whole class joins from one school address, and
 * twenty wrong codes in ten minutes is far more than typing slips, far too few to guess 2^40 codes.
 */
export const joinFailures: RateRule = { limit: 20, windowMs: 10 * 60_000 };
export const reentryFailures: RateRule = { limit: 20, windowMs: 10 * 60_000 };

/** Long enough for a code typed with stray spaces; longer text is no code. */
const maxTypedCodeLength = 40;
const maxAddressLength = 200;

export const displayNameSchema = z.string().trim().min(1).max(maxNameLength);
const typedCodeSchema = z.string().trim().min(1).max(maxTypedCodeLength);
const addressSchema = z.string().max(maxAddressLength);

const joinSchema = z.object({ code: typedCodeSchema, displayName: displayNameSchema, address: addressSchema });
const reenterSchema = z.object({ code: typedCodeSchema, address: addressSchema });

export type JoinedClass = {
  studentId: string;
  classId: string;
  className: string;
  displayName: string;
  /** The student's code for other devices; the page shows it only when the student is new. */
  reentryCode: string;
  newStudent: boolean;
  alreadyMember: boolean;
};

export type StudentClass = { classId: string; name: string; teacherName: string; displayName: string; joinedAt: Date; archived: boolean };

function tooManyAttempts(retryAfterMs: number) {
  return refuse('too-many-attempts', { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
}

/** Counts a failed try; the try that crosses the limit already answers too-many-attempts. */
async function countFailure(context: ClassroomContext, key: string, rule: RateRule) {
  const verdict = await hitRateLimit(context.db, key, rule, nowOf(context).getTime());
  return verdict.allowed ? refuse('not-found') : tooManyAttempts(verdict.retryAfterMs);
}

async function readReentryCodeOf(db: Database, studentId: string): Promise<string | null> {
  const [row] = await db.select({ reentryCode: tables.student.reentryCode }).from(tables.student).where(eq(tables.student.userId, studentId));
  return row?.reentryCode ?? null;
}

/**
 * The user, student and enrolment rows of a new student, written by one statement: atomic
 * without an interactive transaction, which on the embedded database would hold every other
 * request's queries while this one waits for its turn on the event loop.
 */
async function enrolNewStudent(context: ClassroomContext, classId: string, displayName: string) {
  const joinedAt = nowOf(context).toISOString();
  return withFreshCode(newReentryCode, async (reentryCode) => {
    const userId = crypto.randomUUID();
    await context.db.execute(sql`
      WITH new_user AS (
        INSERT INTO ${tables.user} (id, name, email, role, created_at, updated_at)
        VALUES (${userId}, ${displayName}, ${`${userId}@students.invalid`}, 'student', ${joinedAt}::timestamptz, ${joinedAt}::timestamptz)
        RETURNING id
      ), new_student AS (
        INSERT INTO ${tables.student} (user_id, reentry_code, created_at)
        SELECT id, ${reentryCode}, ${joinedAt}::timestamptz FROM new_user
        RETURNING user_id
      )
      INSERT INTO ${tables.enrolment} (class_id, student_id, display_name, joined_at)
      SELECT ${classId}, user_id, ${displayName}, ${joinedAt}::timestamptz FROM new_student`);
    return { studentId: userId, reentryCode };
  });
}

/**
 * Joins the class whose code was typed. A student already signed in joins with the same account
 * (a second time into the same class changes nothing); anyone else becomes a new student.
 */
export async function joinClass(context: ClassroomContext, input: unknown): Promise<Outcome<JoinedClass>> {
  const parsed = joinSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  const { displayName, address } = parsed.data;
  const key = `join:address:${address}`;
  const standing = await checkRateLimit(context.db, key, joinFailures, nowOf(context).getTime());
  if (!standing.allowed) return tooManyAttempts(standing.retryAfterMs);

  const code = readJoinCode(parsed.data.code);
  const [found] = code
    ? await context.db
        .select({ id: tables.classroom.id, name: tables.classroom.name, archivedAt: tables.classroom.archivedAt })
        .from(tables.classroom)
        .where(eq(tables.classroom.joinCode, code))
    : [];
  if (!found) return countFailure(context, key, joinFailures);
  if (found.archivedAt !== null) return refuse('archived');

  const student = studentOf(context);
  if (student) {
    const reentryCode = await readReentryCodeOf(context.db, student.userId);
    if (reentryCode) {
      const [existing] = await context.db
        .select({ displayName: tables.enrolment.displayName })
        .from(tables.enrolment)
        .where(and(eq(tables.enrolment.classId, found.id), eq(tables.enrolment.studentId, student.userId)));
      if (!existing) {
        await context.db
          .insert(tables.enrolment)
          .values({ classId: found.id, studentId: student.userId, displayName, joinedAt: nowOf(context) })
          .onConflictDoNothing();
      }
      return succeed({
        studentId: student.userId,
        classId: found.id,
        className: found.name,
        displayName: existing?.displayName ?? displayName,
        reentryCode,
        newStudent: false,
        alreadyMember: existing !== undefined,
      });
    }
  }

  const created = await enrolNewStudent(context, found.id, displayName);
  return succeed({ ...created, classId: found.id, className: found.name, displayName, newStudent: true, alreadyMember: false });
}

/** The student whose re-entry code was typed, for a new session on this device. */
export async function reenter(context: ClassroomContext, input: unknown): Promise<Outcome<{ studentId: string; name: string }>> {
  const parsed = reenterSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  const key = `reenter:address:${parsed.data.address}`;
  const standing = await checkRateLimit(context.db, key, reentryFailures, nowOf(context).getTime());
  if (!standing.allowed) return tooManyAttempts(standing.retryAfterMs);
  const code = readReentryCode(parsed.data.code);
  const [found] = code
    ? await context.db
        .select({ studentId: tables.student.userId, name: tables.user.name })
        .from(tables.student)
        .innerJoin(tables.user, eq(tables.user.id, tables.student.userId))
        .where(eq(tables.student.reentryCode, code))
    : [];
  if (!found) return countFailure(context, key, reentryFailures);
  return succeed(found);
}

/** The signed-in student's classes, with the name they go by in each. */
export async function listStudentClasses(context: ClassroomContext): Promise<Outcome<StudentClass[]>> {
  const student = studentOf(context);
  if (!student) return refuse('not-signed-in');
  const rows = await context.db
    .select({
      classId: tables.classroom.id,
      name: tables.classroom.name,
      teacherName: tables.user.name,
      displayName: tables.enrolment.displayName,
      joinedAt: tables.enrolment.joinedAt,
      archivedAt: tables.classroom.archivedAt,
    })
    .from(tables.enrolment)
    .innerJoin(tables.classroom, eq(tables.classroom.id, tables.enrolment.classId))
    .innerJoin(tables.user, eq(tables.user.id, tables.classroom.teacherId))
    .where(eq(tables.enrolment.studentId, student.userId))
    .orderBy(asc(tables.enrolment.joinedAt), asc(tables.classroom.name));
  return succeed(rows.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null })));
}

/** Whether the signed-in student is enrolled in this class, for other parts of the classroom. */
export async function isStudentOfClass(context: ClassroomContext, classId: string): Promise<boolean> {
  const student = studentOf(context);
  const parsed = idSchema.safeParse(classId);
  if (!student || !parsed.success) return false;
  const [row] = await context.db
    .select({ classId: tables.enrolment.classId })
    .from(tables.enrolment)
    .where(and(eq(tables.enrolment.classId, parsed.data), eq(tables.enrolment.studentId, student.userId)));
  return row !== undefined;
}
