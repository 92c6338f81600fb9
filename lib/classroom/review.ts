import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { tables } from '@/lib/db';
import { readPassage } from '@/lib/passages';
import { idSchema, invalidFields, nowOf, refuse, succeed, teacherOf, type ClassroomContext, type Outcome } from './context';
import { findTeacherAssignment, passageKeyOf } from './assignment-access';
import { pairsInRange, translationTask, type RangePair } from './range';
import {
  answersSchema,
  emptyAnswers,
  feedbackSchema,
  maxAnswerLength,
  quizQuestionSchema,
  tasksSchema,
  type Answers,
  type AssignmentTasks,
  type Feedback,
  type QuizQuestion,
  type SubmissionScores,
  type SubmissionStatus,
  type TranslateDirection,
} from './types';

/** The assignment as its teacher reviews it. */
export type ReviewedAssignment = {
  id: string;
  title: string;
  classId: string;
  className: string;
  dueAt: Date | null;
  firstSentence: number;
  lastSentence: number;
  direction: TranslateDirection | null;
};

export type ResultRow = {
  studentId: string;
  displayName: string;
  status: SubmissionStatus;
  submittedAt: Date | null;
  late: boolean;
  reopenedAt: Date | null;
  /** Share of the quiz answered right, 0–1; null until submitted or when there is no quiz. */
  quizScore: number | null;
  /** Mean chrF of the translations, 0–100; null until submitted or when nothing was translated. */
  meanChrf: number | null;
  /** Rows of the assignment's range whose English the student revealed. */
  revealedCount: number;
  revealedOf: number;
};

export type AssignmentResults = { assignment: ReviewedAssignment; rows: ResultRow[] };

export type ReviewedTranslation = {
  key: number;
  source: string;
  reference: string;
  answer: string;
  chrf: number | null;
  feedback: string;
};

export type ReviewedQuizQuestion = QuizQuestion & { chosen: number | null };

export type ReviewedReveal = { key: number; english: string; revealedAt: Date };

export type SubmissionReview = {
  assignment: ReviewedAssignment;
  student: { studentId: string; displayName: string };
  status: SubmissionStatus;
  submittedAt: Date | null;
  late: boolean;
  reopenedAt: Date | null;
  quizScore: number | null;
  meanChrf: number | null;
  translations: ReviewedTranslation[];
  generalFeedback: string;
  quiz: ReviewedQuizQuestion[];
  reveals: ReviewedReveal[];
};

type OwnedAssignment = {
  row: typeof tables.assignment.$inferSelect;
  className: string;
  tasks: AssignmentTasks;
  quiz: QuizQuestion[];
  /** The pairs of the range; null when the passage can no longer be read. */
  pairs: RangePair[] | null;
};

/** The assignment, if the asking teacher owns its class; another teacher's and a missing one look alike. */
async function findOwnedAssignment(context: ClassroomContext, assignmentId: unknown): Promise<Outcome<OwnedAssignment>> {
  if (!context.actor) return refuse('not-signed-in');
  const teacher = teacherOf(context);
  const id = idSchema.safeParse(assignmentId);
  if (!teacher || !id.success) return refuse('not-found');
  const found = await findTeacherAssignment(context.db, teacher.userId, id.data);
  if (!found) return refuse('not-found');
  const passage = await readPassage(context.db, passageKeyOf(found.assignment));
  return succeed({
    row: found.assignment,
    className: found.className,
    tasks: tasksSchema.parse(found.assignment.tasks),
    quiz: z.array(quizQuestionSchema).parse(found.assignment.quiz),
    pairs: passage ? pairsInRange(passage, found.assignment.firstSentence, found.assignment.lastSentence) : null,
  });
}

function describeAssignment(owned: OwnedAssignment): ReviewedAssignment {
  const { row } = owned;
  return {
    id: row.id,
    title: row.title,
    classId: row.classId,
    className: owned.className,
    dueAt: row.dueAt,
    firstSentence: row.firstSentence,
    lastSentence: row.lastSentence,
    direction: owned.tasks.translate?.direction ?? null,
  };
}

/** The keys a reveal or a feedback may name: the range's pairs, or its sentences when the passage is gone. */
function rangeKeys(owned: OwnedAssignment): Set<number> {
  if (owned.pairs) return new Set(owned.pairs.map((pair) => pair.key));
  const keys = new Set<number>();
  for (let index = owned.row.firstSentence; index <= owned.row.lastSentence; index += 1) keys.add(index);
  return keys;
}

function statusOf(submission: { status: 'draft' | 'submitted' } | undefined): SubmissionStatus {
  return submission ? submission.status : 'not-started';
}

/** One row per student enrolled in the assignment's class, in the order of their names. */
export async function getAssignmentResults(context: ClassroomContext, assignmentId: unknown): Promise<Outcome<AssignmentResults>> {
  const owned = await findOwnedAssignment(context, assignmentId);
  if (!owned.ok) return owned;
  const { row } = owned.value;
  const students = await context.db
    .select({ studentId: tables.enrolment.studentId, displayName: tables.enrolment.displayName })
    .from(tables.enrolment)
    .where(eq(tables.enrolment.classId, row.classId))
    .orderBy(asc(tables.enrolment.displayName), asc(tables.enrolment.studentId));
  const studentIds = students.map((student) => student.studentId);
  if (studentIds.length === 0) return succeed({ assignment: describeAssignment(owned.value), rows: [] });

  const submissions = await context.db
    .select()
    .from(tables.submission)
    .where(and(eq(tables.submission.assignmentId, row.id), inArray(tables.submission.studentId, studentIds)));
  const submissionOf = new Map(submissions.map((submission) => [submission.studentId, submission]));

  const keys = rangeKeys(owned.value);
  const reveals = await context.db
    .select({ studentId: tables.reveal.studentId, sentence: tables.reveal.sentence })
    .from(tables.reveal)
    .where(
      and(
        eq(tables.reveal.passageSource, row.passageSource),
        eq(tables.reveal.passageRef, row.passageRef),
        inArray(tables.reveal.studentId, studentIds),
      ),
    );
  const revealedCount = new Map<string, number>();
  for (const reveal of reveals) {
    if (keys.has(reveal.sentence)) revealedCount.set(reveal.studentId, (revealedCount.get(reveal.studentId) ?? 0) + 1);
  }

  const rows = students.map((student): ResultRow => {
    const submission = submissionOf.get(student.studentId);
    return {
      studentId: student.studentId,
      displayName: student.displayName,
      status: statusOf(submission),
      submittedAt: submission?.submittedAt ?? null,
      late: submission?.late ?? false,
      reopenedAt: submission?.reopenedAt ?? null,
      quizScore: submission?.quizScore ?? null,
      meanChrf: submission?.meanChrf ?? null,
      revealedCount: revealedCount.get(student.studentId) ?? 0,
      revealedOf: keys.size,
    };
  });
  return succeed({ assignment: describeAssignment(owned.value), rows });
}

type OwnedSubmission = {
  owned: OwnedAssignment;
  enrolment: { studentId: string; displayName: string };
  submission: typeof tables.submission.$inferSelect | undefined;
};

/** The assignment and one student of its class, with their submission if they have started. */
async function findOwnedSubmission(context: ClassroomContext, assignmentId: unknown, studentId: unknown): Promise<Outcome<OwnedSubmission>> {
  const owned = await findOwnedAssignment(context, assignmentId);
  if (!owned.ok) return owned;
  const student = idSchema.safeParse(studentId);
  if (!student.success) return refuse('not-found');
  const [enrolment] = await context.db
    .select({ studentId: tables.enrolment.studentId, displayName: tables.enrolment.displayName })
    .from(tables.enrolment)
    .where(and(eq(tables.enrolment.classId, owned.value.row.classId), eq(tables.enrolment.studentId, student.data)));
  if (!enrolment) return refuse('not-found');
  const [submission] = await context.db
    .select()
    .from(tables.submission)
    .where(and(eq(tables.submission.assignmentId, owned.value.row.id), eq(tables.submission.studentId, student.data)));
  return succeed({ owned: owned.value, enrolment, submission });
}

function answersOf(stored: unknown): Answers {
  const parsed = answersSchema.safeParse(stored);
  return parsed.success ? parsed.data : emptyAnswers;
}

const scoresSchema = z.object({ chrf: z.record(z.string(), z.number()), quizCorrect: z.number(), quizTotal: z.number() });

function scoresOf(stored: unknown): SubmissionScores | null {
  const parsed = scoresSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

function feedbackOf(stored: unknown): Feedback {
  const parsed = feedbackSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

/** A student's work in full beside the references, for the teacher who set it. */
export async function getSubmissionForReview(
  context: ClassroomContext,
  assignmentId: unknown,
  studentId: unknown,
): Promise<Outcome<SubmissionReview>> {
  const found = await findOwnedSubmission(context, assignmentId, studentId);
  if (!found.ok) return found;
  const { owned, enrolment, submission } = found.value;
  const answers = answersOf(submission?.answers);
  const scores = scoresOf(submission?.scores);
  const feedback = feedbackOf(submission?.feedback);
  const pairs = owned.pairs ?? [];
  const translate = owned.tasks.translate;
  const asked = new Set(translate?.sentences ?? []);
  const translations = translate
    ? pairs
        .filter((pair) => asked.has(pair.key))
        .map((pair): ReviewedTranslation => {
          const key = String(pair.key);
          return {
            key: pair.key,
            ...translationTask(pair, translate.direction),
            answer: answers.translations[key] ?? '',
            chrf: scores?.chrf[key] ?? null,
            feedback: feedback[key] ?? '',
          };
        })
    : [];
  const quiz = owned.tasks.quiz ? owned.quiz.map((question) => ({ ...question, chosen: answers.quiz[question.id] ?? null })) : [];

  const englishOf = new Map(pairs.map((pair) => [pair.key, pair.en]));
  const keys = rangeKeys(owned);
  const revealRows = await context.db
    .select({ sentence: tables.reveal.sentence, revealedAt: tables.reveal.revealedAt })
    .from(tables.reveal)
    .where(
      and(
        eq(tables.reveal.studentId, enrolment.studentId),
        eq(tables.reveal.passageSource, owned.row.passageSource),
        eq(tables.reveal.passageRef, owned.row.passageRef),
      ),
    )
    .orderBy(asc(tables.reveal.revealedAt), asc(tables.reveal.sentence));
  const reveals = revealRows
    .filter((reveal) => keys.has(reveal.sentence))
    .map((reveal) => ({ key: reveal.sentence, english: englishOf.get(reveal.sentence) ?? '', revealedAt: reveal.revealedAt }));

  return succeed({
    assignment: describeAssignment(owned),
    student: enrolment,
    status: statusOf(submission),
    submittedAt: submission?.submittedAt ?? null,
    late: submission?.late ?? false,
    reopenedAt: submission?.reopenedAt ?? null,
    quizScore: submission?.quizScore ?? null,
    meanChrf: submission?.meanChrf ?? null,
    translations,
    generalFeedback: feedback.general ?? '',
    quiz,
    reveals,
  });
}

const feedbackInputSchema = z.record(z.string(), z.string().max(maxAnswerLength));

/**
 * Sets the teacher's feedback on a student's submission: each key named is set, or removed when its
 * text is blank; keys not named stay. Only the feedback column is written, so a student saving a
 * draft at the same moment loses nothing.
 */
export async function setFeedback(
  context: ClassroomContext,
  assignmentId: unknown,
  studentId: unknown,
  feedback: unknown,
): Promise<Outcome<Feedback>> {
  const found = await findOwnedSubmission(context, assignmentId, studentId);
  if (!found.ok) return found;
  const { owned, submission } = found.value;
  if (!submission) return refuse('not-found');
  const parsed = feedbackInputSchema.safeParse(feedback);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  const keys = rangeKeys(owned);
  const outside = Object.keys(parsed.data).filter((key) => key !== 'general' && !(/^\d+$/.test(key) && keys.has(Number(key))));
  if (outside.length > 0) return refuse('invalid-input', { fields: outside });

  const kept: Record<string, string> = {};
  const removed: string[] = [];
  for (const [key, text] of Object.entries(parsed.data)) {
    if (text.trim() === '') removed.push(key);
    else kept[key] = text;
  }
  const [updated] = await context.db
    .update(tables.submission)
    .set({
      feedback: sql`(${tables.submission.feedback} - array(select jsonb_array_elements_text(${JSON.stringify(removed)}::jsonb))) || ${JSON.stringify(kept)}::jsonb`,
    })
    .where(eq(tables.submission.id, submission.id))
    .returning({ feedback: tables.submission.feedback });
  if (!updated) return refuse('not-found');
  return succeed(feedbackOf(updated.feedback));
}

/**
 * Lets one student change a submitted piece of work again: back to draft, answers and scores kept.
 * A draft cannot be reopened; the refusal names the status.
 */
export async function reopenSubmission(
  context: ClassroomContext,
  assignmentId: unknown,
  studentId: unknown,
): Promise<Outcome<{ reopenedAt: Date }>> {
  const found = await findOwnedSubmission(context, assignmentId, studentId);
  if (!found.ok) return found;
  const { submission } = found.value;
  if (!submission) return refuse('not-found');
  const reopenedAt = nowOf(context);
  const [updated] = await context.db
    .update(tables.submission)
    .set({ status: 'draft', reopenedAt, updatedAt: reopenedAt })
    .where(and(eq(tables.submission.id, submission.id), eq(tables.submission.status, 'submitted')))
    .returning({ id: tables.submission.id });
  if (!updated) return refuse('invalid-input', { fields: ['status'] });
  return succeed({ reopenedAt });
}
