import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { chrfSentence } from '@/lib/chrf';
import { tables } from '@/lib/db';
import { readPassage } from '@/lib/passages';
import { findStudentAssignment, passageKeyOf, type AssignmentRow } from './assignment-access';
import { refuseInvalid } from './assignments';
import { idSchema, nowOf, refuse, studentOf, succeed, type ClassroomContext, type Outcome } from './context';
import { scoreQuiz } from './quiz';
import { pairsInRange, translationTask, type RangePair } from './range';
import {
  answersSchema,
  feedbackSchema,
  quizQuestionSchema,
  tasksSchema,
  type Answers,
  type AssignmentTasks,
  type Feedback,
  type QuizQuestion,
  type SubmissionScores,
  type SubmissionStatus,
} from './types';


export type StudentAssignmentSummary = {
  id: string;
  title: string;
  className: string;
  dueAt: Date | null;
  status: SubmissionStatus;
  late: boolean;
  submittedAt: Date | null;
};

/** Every assignment of every class the student is in, soonest due first, with their own status. */
export async function listStudentAssignments(context: ClassroomContext): Promise<Outcome<StudentAssignmentSummary[]>> {
  const student = studentOf(context);
  if (!student) return refuse('not-signed-in');
  const rows = await context.db
    .select({
      id: tables.assignment.id,
      title: tables.assignment.title,
      className: tables.classroom.name,
      dueAt: tables.assignment.dueAt,
      status: tables.submission.status,
      late: tables.submission.late,
      submittedAt: tables.submission.submittedAt,
    })
    .from(tables.enrolment)
    .innerJoin(tables.classroom, eq(tables.classroom.id, tables.enrolment.classId))
    .innerJoin(tables.assignment, eq(tables.assignment.classId, tables.enrolment.classId))
    .leftJoin(
      tables.submission,
      and(eq(tables.submission.assignmentId, tables.assignment.id), eq(tables.submission.studentId, student.userId)),
    )
    .where(eq(tables.enrolment.studentId, student.userId))
    .orderBy(sql`${tables.assignment.dueAt} asc nulls last`, desc(tables.assignment.createdAt));
  return succeed(
    rows.map((row) => ({
      id: row.id,
      title: row.title,
      className: row.className,
      dueAt: row.dueAt,
      status: row.status ?? 'not-started',
      late: row.late ?? false,
      submittedAt: row.submittedAt ?? null,
    })),
  );
}

/** A quiz question as a student sees it before submitting: without the answer. */
export type QuizQuestionView = Omit<QuizQuestion, 'answer'> & { answer?: number };

export type OwnSubmission = {
  id: string;
  status: 'draft' | 'submitted';
  answers: Answers;
  scores: SubmissionScores | null;
  quizScore: number | null;
  meanChrf: number | null;
  feedback: Feedback;
  submittedAt: Date | null;
  late: boolean;
  reopenedAt: Date | null;
  updatedAt: Date;
};

/**
 * A row as its student may see it now; text withheld is null. Before submission the English is
 * sent only of rows the student revealed, and the Hindi not of rows they translate into Hindi,
 * where it is the reference. After submission every row is whole.
 */
export type StudentRow = { key: number; linkId: string; hi: string | null; en: string | null; translatesInto: 'hi' | 'en' | null };

export type StudentAssignment = {
  id: string;
  title: string;
  instructions: string;
  dueAt: Date | null;
  passage: { title: { hi: string; en: string }; source: 'library' | 'teacher'; ref: string };
  firstSentence: number;
  lastSentence: number;
  tasks: AssignmentTasks;
  quiz: QuizQuestionView[];
  rows: StudentRow[];
  /** Per row to translate: the text shown to the student (the reference stays on the server until submission). */
  translate: { key: number; source: string }[];
  submission: OwnSubmission | null;
  /** When the student first revealed each row's English, by row key. */
  reveals: Record<string, Date>;
};

function readQuiz(row: AssignmentRow): QuizQuestion[] {
  return z.array(quizQuestionSchema).parse(row.quiz);
}

function ownSubmissionOf(row: typeof tables.submission.$inferSelect): OwnSubmission {
  return {
    id: row.id,
    status: row.status,
    answers: answersSchema.parse(row.answers),
    scores: (row.scores as SubmissionScores | null) ?? null,
    quizScore: row.quizScore,
    meanChrf: row.meanChrf,
    feedback: feedbackSchema.parse(row.feedback),
    submittedAt: row.submittedAt,
    late: row.late,
    reopenedAt: row.reopenedAt,
    updatedAt: row.updatedAt,
  };
}

async function loadOwn(context: ClassroomContext, studentId: string, assignmentId: string) {
  const parsedId = idSchema.safeParse(assignmentId);
  if (!parsedId.success) return null;
  const assignment = await findStudentAssignment(context.db, studentId, parsedId.data);
  if (!assignment) return null;
  const passage = await readPassage(context.db, passageKeyOf(assignment));
  if (!passage) return null;
  return { assignment, passage, rows: pairsInRange(passage, assignment.firstSentence, assignment.lastSentence) };
}

/** The assignment as its student works on it: the rows of the range, their own work, feedback and reveals. */
export async function getStudentAssignment(context: ClassroomContext, assignmentId: string): Promise<Outcome<StudentAssignment>> {
  const student = studentOf(context);
  if (!student) return refuse('not-signed-in');
  const loaded = await loadOwn(context, student.userId, assignmentId);
  if (!loaded) return refuse('not-found');
  const { assignment, passage, rows } = loaded;
  const tasks = tasksSchema.parse(assignment.tasks);
  const [submissionRow] = await context.db
    .select()
    .from(tables.submission)
    .where(and(eq(tables.submission.assignmentId, assignment.id), eq(tables.submission.studentId, student.userId)));
  const submission = submissionRow ? ownSubmissionOf(submissionRow) : null;
  const keys = rows.map((row) => row.key);
  const revealRows = keys.length
    ? await context.db
        .select({ sentence: tables.reveal.sentence, revealedAt: tables.reveal.revealedAt })
        .from(tables.reveal)
        .where(
          and(
            eq(tables.reveal.studentId, student.userId),
            eq(tables.reveal.passageSource, assignment.passageSource),
            eq(tables.reveal.passageRef, assignment.passageRef),
            inArray(tables.reveal.sentence, keys),
          ),
        )
    : [];
  const showAnswers = submission?.status === 'submitted';
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const revealed = new Set(revealRows.map((row) => row.sentence));
  const translated = new Set(tasks.translate?.sentences ?? []);
  const direction = tasks.translate?.direction ?? null;
  return succeed({
    id: assignment.id,
    title: assignment.title,
    instructions: assignment.instructions,
    dueAt: assignment.dueAt,
    passage: { title: passage.title, source: assignment.passageSource, ref: assignment.passageRef },
    firstSentence: assignment.firstSentence,
    lastSentence: assignment.lastSentence,
    tasks,
    quiz: readQuiz(assignment).map((question) => (showAnswers ? question : withoutAnswer(question))),
    rows: rows.map((row) => {
      const translatesInto = translated.has(row.key) && direction ? (direction === 'en-hi' ? 'hi' : 'en') : null;
      return {
        key: row.key,
        linkId: row.linkId,
        hi: showAnswers || translatesInto !== 'hi' ? row.hi : null,
        en: showAnswers || translatesInto === 'hi' || revealed.has(row.key) ? row.en : null,
        translatesInto,
      };
    }),
    translate: (tasks.translate?.sentences ?? []).flatMap((key) => {
      const row = byKey.get(key);
      return row && tasks.translate ? [{ key, source: translationTask(row, tasks.translate.direction).source }] : [];
    }),
    submission,
    reveals: Object.fromEntries(revealRows.map((row) => [String(row.sentence), row.revealedAt])),
  });
}

function withoutAnswer(question: QuizQuestion): QuizQuestionView {
  const { answer, ...rest } = question;
  void answer;
  return rest;
}

/** Records that the student showed a row's English, and gives it; the first time is the one kept. */
export async function recordReveal(
  context: ClassroomContext,
  assignmentId: string,
  pairKey: unknown,
): Promise<Outcome<{ sentence: number; revealedAt: Date; english: string }>> {
  const student = studentOf(context);
  if (!student) return refuse('not-signed-in');
  const loaded = await loadOwn(context, student.userId, assignmentId);
  if (!loaded) return refuse('not-found');
  const sentence = z.int().min(0).safeParse(pairKey);
  const row = sentence.success ? loaded.rows.find((candidate) => candidate.key === sentence.data) : undefined;
  if (!sentence.success || !row) return refuse('invalid-input', { fields: ['sentence'] });
  const where = and(
    eq(tables.reveal.studentId, student.userId),
    eq(tables.reveal.passageSource, loaded.assignment.passageSource),
    eq(tables.reveal.passageRef, loaded.assignment.passageRef),
    eq(tables.reveal.sentence, sentence.data),
  );
  await context.db
    .insert(tables.reveal)
    .values({
      studentId: student.userId,
      passageSource: loaded.assignment.passageSource,
      passageRef: loaded.assignment.passageRef,
      sentence: sentence.data,
      revealedAt: nowOf(context),
    })
    .onConflictDoNothing();
  const [kept] = await context.db.select({ revealedAt: tables.reveal.revealedAt }).from(tables.reveal).where(where);
  if (!kept) throw new Error('a reveal just recorded is missing');
  return succeed({ sentence: sentence.data, revealedAt: kept.revealedAt, english: row.en });
}

/** Answers that fit the assignment: translations only of its rows to translate, choices only of its questions. */
function parseAnswers(input: unknown, tasks: AssignmentTasks, quiz: readonly QuizQuestion[]): Outcome<Answers> {
  const parsed = answersSchema.safeParse(input);
  if (!parsed.success) return refuseInvalid(parsed.error.issues);
  const translatable = new Set((tasks.translate?.sentences ?? []).map(String));
  const strayTranslation = Object.keys(parsed.data.translations).find((key) => !translatable.has(key));
  if (strayTranslation !== undefined) return refuse('invalid-input', { fields: [`translations.${strayTranslation}`] });
  const questions = new Map(quiz.map((question) => [question.id, question]));
  const strayChoice = Object.entries(parsed.data.quiz).find(([id, choice]) => {
    const question = questions.get(id);
    return !question || choice >= question.choices.length;
  });
  if (strayChoice) return refuse('invalid-input', { fields: [`quiz.${strayChoice[0]}`] });
  return succeed(parsed.data);
}

/** Keeps the student's work so far. A submitted piece of work is not overwritten (unless the teacher reopened it). */
export async function saveDraft(context: ClassroomContext, assignmentId: string, input: unknown): Promise<Outcome<{ savedAt: Date }>> {
  const student = studentOf(context);
  if (!student) return refuse('not-signed-in');
  const loaded = await loadOwn(context, student.userId, assignmentId);
  if (!loaded) return refuse('not-found');
  const answers = parseAnswers(input, tasksSchema.parse(loaded.assignment.tasks), readQuiz(loaded.assignment));
  if (!answers.ok) return answers;
  const now = nowOf(context);
  const [saved] = await context.db
    .insert(tables.submission)
    .values({ id: randomUUID(), assignmentId: loaded.assignment.id, studentId: student.userId, answers: answers.value, updatedAt: now })
    .onConflictDoUpdate({
      target: [tables.submission.assignmentId, tables.submission.studentId],
      set: { answers: answers.value, updatedAt: now },
      setWhere: eq(tables.submission.status, 'draft'),
    })
    .returning({ updatedAt: tables.submission.updatedAt });
  if (!saved) return refuse('already-submitted');
  return succeed({ savedAt: saved.updatedAt });
}

/** chrF of each translated row against its reference, the mean, and the quiz's count right. */
export function scoreAnswers(
  rows: readonly RangePair[],
  tasks: AssignmentTasks,
  quiz: readonly QuizQuestion[],
  answers: Answers,
): { scores: SubmissionScores; meanChrf: number | null; quizScore: number | null } {
  const chrf: Record<string, number> = {};
  if (tasks.translate) {
    const byKey = new Map(rows.map((row) => [row.key, row]));
    for (const key of tasks.translate.sentences) {
      const row = byKey.get(key);
      if (!row) continue;
      const hypothesis = answers.translations[String(key)]?.trim() ?? '';
      chrf[String(key)] = hypothesis ? chrfSentence(hypothesis, [translationTask(row, tasks.translate.direction).reference]) : 0;
    }
  }
  const values = Object.values(chrf);
  const quizResult = scoreQuiz(quiz, answers.quiz);
  return {
    scores: { chrf, quizCorrect: quizResult.correct, quizTotal: quizResult.total },
    meanChrf: values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null,
    quizScore: quizResult.total ? quizResult.correct / quizResult.total : null,
  };
}

/**
 * Hands the work in, once: scores are fixed now and work after the due time is marked late. One
 * statement inserts or updates only a draft, so of two simultaneous submits exactly one is stored.
 */
export async function submitAssignment(
  context: ClassroomContext,
  assignmentId: string,
  input: unknown,
): Promise<Outcome<{ submissionId: string; submittedAt: Date; late: boolean }>> {
  const student = studentOf(context);
  if (!student) return refuse('not-signed-in');
  const loaded = await loadOwn(context, student.userId, assignmentId);
  if (!loaded) return refuse('not-found');
  const tasks = tasksSchema.parse(loaded.assignment.tasks);
  const quiz = readQuiz(loaded.assignment);
  const answers = parseAnswers(input, tasks, quiz);
  if (!answers.ok) return answers;
  const { scores, meanChrf, quizScore } = scoreAnswers(loaded.rows, tasks, quiz, answers.value);
  const now = nowOf(context);
  const late = loaded.assignment.dueAt !== null && now.getTime() > loaded.assignment.dueAt.getTime();
  const values = {
    status: 'submitted' as const,
    answers: answers.value,
    scores,
    meanChrf,
    quizScore,
    submittedAt: now,
    late,
    updatedAt: now,
  };
  const [stored] = await context.db
    .insert(tables.submission)
    .values({ id: randomUUID(), assignmentId: loaded.assignment.id, studentId: student.userId, ...values })
    .onConflictDoUpdate({
      target: [tables.submission.assignmentId, tables.submission.studentId],
      set: values,
      setWhere: eq(tables.submission.status, 'draft'),
    })
    .returning({ id: tables.submission.id, submittedAt: tables.submission.submittedAt, late: tables.submission.late });
  if (!stored?.submittedAt) return refuse('already-submitted');
  return succeed({ submissionId: stored.id, submittedAt: stored.submittedAt, late: stored.late });
}
