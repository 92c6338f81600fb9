import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Passage } from '@/lib/content';
import { tables, type Database } from '@/lib/db';
import { readPassage } from '@/lib/passages';
import type { PassageKey } from './types';

export type AssignmentRow = typeof tables.assignment.$inferSelect;

/**
 * A passage as the given teacher may assign it: any library passage, or one of her own. Another
 * teacher's passage and a missing one are both null.
 */
export async function readAssignablePassage(db: Database, teacherId: string, key: PassageKey): Promise<Passage | null> {
  if (key.source === 'teacher') {
    const [owned] = await db
      .select({ id: tables.teacherPassage.id })
      .from(tables.teacherPassage)
      .where(and(eq(tables.teacherPassage.id, key.ref), eq(tables.teacherPassage.ownerId, teacherId)));
    if (!owned) return null;
  }
  return readPassage(db, key);
}

/** The assignment and its class's name, if it belongs to a class the teacher owns. */
export async function findTeacherAssignment(
  db: Database,
  teacherId: string,
  assignmentId: string,
): Promise<{ assignment: AssignmentRow; className: string } | null> {
  const [row] = await db
    .select({ assignment: tables.assignment, className: tables.classroom.name })
    .from(tables.assignment)
    .innerJoin(tables.classroom, eq(tables.classroom.id, tables.assignment.classId))
    .where(and(eq(tables.assignment.id, assignmentId), eq(tables.classroom.teacherId, teacherId)));
  return row ?? null;
}

/** The assignment, if it was set in a class the student is enrolled in. */
export async function findStudentAssignment(db: Database, studentId: string, assignmentId: string): Promise<AssignmentRow | null> {
  const [row] = await db
    .select({ assignment: tables.assignment })
    .from(tables.assignment)
    .innerJoin(
      tables.enrolment,
      and(eq(tables.enrolment.classId, tables.assignment.classId), eq(tables.enrolment.studentId, studentId)),
    )
    .where(eq(tables.assignment.id, assignmentId));
  return row?.assignment ?? null;
}

export function passageKeyOf(row: AssignmentRow): PassageKey {
  return { source: row.passageSource, ref: row.passageRef };
}
