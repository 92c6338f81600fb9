import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ClassroomContext, Outcome } from '@/lib/classroom';
import { refuse, succeed, teacherOf } from '@/lib/classroom/server';
import type { Passage } from '@/lib/content';
import { tables } from '@/lib/db';
import type { GlossaryEntry, GlossaryLinker } from '@/lib/glossary';
import { readPassage, readPassageLinker } from '@/lib/passages';
import type { SentenceRange } from './index';

/** What an assignment's worksheet prints: its passage, the glossary that passage links to, and the range. */
export interface AssignmentWorksheetSource {
  assignment: { id: string; title: string; className: string; range: SentenceRange };
  passage: Passage;
  entries: GlossaryEntry[];
  linker: GlossaryLinker;
}

const assignmentIdSchema = z.string().min(1).max(100);

/**
 * An assignment's passage and range for the teacher whose class it was set in. Another teacher's
 * assignment, a missing one and one whose passage is gone all answer not-found.
 */
export async function getAssignmentWorksheetSource(
  context: ClassroomContext,
  assignmentId: unknown,
): Promise<Outcome<AssignmentWorksheetSource>> {
  if (!context.actor) return refuse('not-signed-in');
  const teacher = teacherOf(context);
  const id = assignmentIdSchema.safeParse(assignmentId);
  if (!teacher || !id.success) return refuse('not-found');
  const [row] = await context.db
    .select({ assignment: tables.assignment, className: tables.classroom.name })
    .from(tables.assignment)
    .innerJoin(tables.classroom, eq(tables.classroom.id, tables.assignment.classId))
    .where(and(eq(tables.assignment.id, id.data), eq(tables.classroom.teacherId, teacher.userId)));
  if (!row) return refuse('not-found');
  const key = { source: row.assignment.passageSource, ref: row.assignment.passageRef };
  const passage = await readPassage(context.db, key);
  if (!passage) return refuse('not-found');
  const { entries, linker } = await readPassageLinker(context.db, key);
  return succeed({
    assignment: {
      id: row.assignment.id,
      title: row.assignment.title,
      className: row.className,
      range: { firstSentence: row.assignment.firstSentence, lastSentence: row.assignment.lastSentence },
    },
    passage,
    entries,
    linker,
  });
}
