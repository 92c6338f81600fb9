import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth';
import { tables, type OpenDatabase } from '@/lib/db';
import {
  getAssignmentResults,
  getSubmissionForReview,
  reopenSubmission,
  resultsCsv,
  setFeedback,
  type ResultsCsvLabels,
} from '@/lib/classroom/server';
import type { ClassroomContext, QuizQuestion } from '@/lib/classroom';
import { databaseTargets } from '../support/databases';

const slug = 'anthropic-safeguards-head-resigns';
const teacher: Actor = { role: 'teacher', userId: 'teacher-asha', name: 'Asha', email: 'asha@example.org' };
const otherTeacher: Actor = { role: 'teacher', userId: 'teacher-bela', name: 'Bela', email: 'bela@example.org' };
const studentActor: Actor = { role: 'student', userId: 'student-ravi', name: 'Ravi' };
const fixedNow = new Date('2026-03-10T09:30:00.000Z');
const quiz: QuizQuestion[] = [
  { id: 'q1', kind: 'meaning', entryId: 'e1', term: 'इस्तीफा', sentence: 8, choices: ['resignation', 'poem', 'research'], answer: 0 },
  { id: 'q2', kind: 'gender', entryId: 'e2', term: 'कविता', sentence: 9, choices: ['masculine', 'feminine'], answer: 1 },
];
const answers = { translations: { '8': 'Ravi’s eighth', '9': 'Ravi’s ninth' }, quiz: { q1: 0, q2: 0 } };

const labels: ResultsCsvLabels = {
  student: 'छात्र',
  status: 'Status',
  submittedAt: 'Submitted',
  late: 'Late',
  quizPercent: 'Quiz (%)',
  meanChrf: 'Mean chrF',
  revealed: 'Revealed',
  revealedOf: 'Rows',
  statuses: { 'not-started': 'not started', draft: 'draft', submitted: 'submitted' },
  yes: 'yes',
  no: 'no',
};

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`teacher review on ${target.name}`, () => {
    let database: OpenDatabase;
    const as = (actor: Actor | null): ClassroomContext => ({ db: database.db, actor, now: () => fixedNow });

    beforeAll(async () => {
      database = await target.open();
      const { db } = database;
      await db.insert(tables.user).values([
        { id: teacher.userId, name: 'Asha', email: 'asha@example.org', role: 'teacher' },
        { id: otherTeacher.userId, name: 'Bela', email: 'bela@example.org', role: 'teacher' },
        ...['ravi', 'mina', 'tara', 'omar'].map((name) => ({ id: `student-${name}`, name, email: `${name}@students.invalid`, role: 'student' as const })),
      ]);
      await db.insert(tables.student).values(
        ['ravi', 'mina', 'tara', 'omar'].map((name, index) => ({ userId: `student-${name}`, reentryCode: `CODE-${index}` })),
      );
      await db.insert(tables.classroom).values([
        { id: 'class-a', teacherId: teacher.userId, name: 'Hindi 2', joinCode: 'JOIN-A' },
        { id: 'class-b', teacherId: otherTeacher.userId, name: 'Hindi 3', joinCode: 'JOIN-B' },
      ]);
      await db.insert(tables.enrolment).values([
        { classId: 'class-a', studentId: 'student-ravi', displayName: 'Ravi' },
        { classId: 'class-a', studentId: 'student-mina', displayName: 'मीना, "M"\nSharma' },
        { classId: 'class-a', studentId: 'student-tara', displayName: 'Tara' },
        { classId: 'class-b', studentId: 'student-omar', displayName: 'Omar' },
      ]);
      const base = { passageSource: 'library' as const, passageRef: slug, firstSentence: 8, lastSentence: 11 };
      await db.insert(tables.assignment).values([
        {
          id: 'assignment-a',
          classId: 'class-a',
          title: 'Resignation',
          ...base,
          dueAt: new Date('2026-03-09T12:00:00Z'),
          tasks: { read: true, translate: { direction: 'hi-en', sentences: [8, 9, 11] }, quiz: true },
          quiz,
        },
        { id: 'assignment-b', classId: 'class-b', title: 'Other', ...base, tasks: { read: true, translate: null, quiz: false } },
      ]);
      await db.insert(tables.submission).values([
        {
          id: 'submission-ravi',
          assignmentId: 'assignment-a',
          studentId: 'student-ravi',
          status: 'submitted',
          answers,
          quizScore: 0.5,
          meanChrf: 41.2345,
          scores: { chrf: { '8': 50.5, '9': 31.969 }, quizCorrect: 1, quizTotal: 2 },
          submittedAt: new Date('2026-03-09T14:05:00Z'),
          late: true,
        },
        { id: 'submission-mina', assignmentId: 'assignment-a', studentId: 'student-mina', answers: { translations: { '8': 'draft' }, quiz: {} } },
        { id: 'submission-omar', assignmentId: 'assignment-b', studentId: 'student-omar', answers: { translations: {}, quiz: {} } },
      ]);
      await db.insert(tables.reveal).values([
        { studentId: 'student-ravi', passageSource: 'library', passageRef: slug, sentence: 8, revealedAt: new Date('2026-03-09T13:00:00Z') },
        { studentId: 'student-ravi', passageSource: 'library', passageRef: slug, sentence: 11, revealedAt: new Date('2026-03-09T13:10:00Z') },
        { studentId: 'student-ravi', passageSource: 'library', passageRef: slug, sentence: 3 },
        { studentId: 'student-ravi', passageSource: 'library', passageRef: slug, sentence: 12 },
        { studentId: 'student-ravi', passageSource: 'library', passageRef: 'ntrex-peppa-pig', sentence: 9 },
        { studentId: 'student-mina', passageSource: 'library', passageRef: slug, sentence: 9 },
      ]);
    }, 60_000);
    afterAll(async () => database?.close());

    it('lists every enrolled student with their state and reveals within the range only', async () => {
      const results = await getAssignmentResults(as(teacher), 'assignment-a');
      if (!results.ok) throw new Error(results.code);
      expect(results.value.assignment).toMatchObject({ title: 'Resignation', className: 'Hindi 2', direction: 'hi-en' });
      const byId = new Map(results.value.rows.map((row) => [row.studentId, row]));
      expect(results.value.rows).toHaveLength(3);
      expect(byId.get('student-ravi')).toMatchObject({
        status: 'submitted',
        late: true,
        quizScore: 0.5,
        revealedCount: 2,
        revealedOf: 3,
        submittedAt: new Date('2026-03-09T14:05:00Z'),
      });
      expect(byId.get('student-ravi')?.meanChrf).toBeCloseTo(41.2345, 3);
      expect(byId.get('student-mina')).toMatchObject({ status: 'draft', submittedAt: null, quizScore: null, revealedCount: 1 });
      expect(byId.get('student-tara')).toMatchObject({ status: 'not-started', revealedCount: 0, revealedOf: 3 });
      expect(byId.has('student-omar')).toBe(false);
    });

    it('shows a submission in full beside the references', async () => {
      const review = await getSubmissionForReview(as(teacher), 'assignment-a', 'student-ravi');
      if (!review.ok) throw new Error(review.code);
      expect(review.value.translations.map((row) => row.key)).toEqual([8, 9, 11]);
      const [eighth, ninth, eleventh] = review.value.translations;
      expect(eighth).toMatchObject({ answer: 'Ravi’s eighth', chrf: 50.5 });
      expect(eighth?.source).toMatch(/[\u0900-\u097F]/);
      expect(eighth?.reference).toMatch(/^[\x20-\x7E’‘“”—–]+$/);
      expect(ninth?.chrf).toBeCloseTo(31.969);
      expect(eleventh).toMatchObject({ answer: '', chrf: null, feedback: '' });
      expect(review.value.quiz.map((question) => [question.id, question.chosen, question.answer])).toEqual([
        ['q1', 0, 0],
        ['q2', 0, 1],
      ]);
      expect(review.value.reveals.map((reveal) => reveal.key)).toEqual([8, 11]);
      expect(review.value.reveals[0]?.revealedAt).toEqual(new Date('2026-03-09T13:00:00Z'));
      expect(review.value.reveals[0]?.english.length).toBeGreaterThan(0);

      const untouched = await getSubmissionForReview(as(teacher), 'assignment-a', 'student-tara');
      if (!untouched.ok) throw new Error(untouched.code);
      expect(untouched.value.status).toBe('not-started');
      expect(untouched.value.translations.every((row) => row.answer === '')).toBe(true);
    });

    it('saves feedback per row and general without touching the answers, and removes blanked feedback', async () => {
      const html = '<script>alert(1)</script> अच्छा';
      const saved = await setFeedback(as(teacher), 'assignment-a', 'student-ravi', { '8': 'Good word order.', general: html, '11': '  ' });
      expect(saved).toEqual({ ok: true, value: { '8': 'Good word order.', general: html } });
      const second = await setFeedback(as(teacher), 'assignment-a', 'student-ravi', { '9': 'Tense?', '8': '' });
      expect(second).toEqual({ ok: true, value: { '9': 'Tense?', general: html } });

      const [stored] = await database.db.select().from(tables.submission).where(eq(tables.submission.id, 'submission-ravi'));
      expect(stored?.answers).toEqual(answers);
      expect(stored?.status).toBe('submitted');
      expect(stored?.meanChrf).toBeCloseTo(41.2345, 3);
      expect(stored?.feedback).toEqual({ '9': 'Tense?', general: html });

      const review = await getSubmissionForReview(as(teacher), 'assignment-a', 'student-ravi');
      if (!review.ok) throw new Error(review.code);
      expect(review.value.generalFeedback).toBe(html);
      expect(review.value.translations.find((row) => row.key === 9)?.feedback).toBe('Tense?');
    });

    it('refuses feedback outside the assignment, oversized, or for a student who has not started', async () => {
      expect(await setFeedback(as(teacher), 'assignment-a', 'student-ravi', { '12': 'outside the range' })).toEqual({
        ok: false,
        code: 'invalid-input',
        fields: ['12'],
      });
      expect(await setFeedback(as(teacher), 'assignment-a', 'student-ravi', { notes: 'x' })).toMatchObject({ ok: false, code: 'invalid-input' });
      expect(await setFeedback(as(teacher), 'assignment-a', 'student-ravi', { general: 'x'.repeat(5_001) })).toEqual({
        ok: false,
        code: 'invalid-input',
        fields: ['general'],
      });
      expect(await setFeedback(as(teacher), 'assignment-a', 'student-ravi', 'not an object')).toMatchObject({ ok: false, code: 'invalid-input' });
      expect((await setFeedback(as(teacher), 'assignment-a', 'student-ravi', { general: 'x'.repeat(5_000) })).ok).toBe(true);
      expect(await setFeedback(as(teacher), 'assignment-a', 'student-tara', { general: 'Start please' })).toEqual({ ok: false, code: 'not-found' });
    });

    it('refuses another teacher, guessed ids, a student of another class and a student actor alike', async () => {
      const notFound = { ok: false, code: 'not-found' };
      const calls = (context: ClassroomContext, assignmentId: string, studentId: string) => [
        getAssignmentResults(context, assignmentId),
        getSubmissionForReview(context, assignmentId, studentId),
        setFeedback(context, assignmentId, studentId, { general: 'x' }),
        reopenSubmission(context, assignmentId, studentId),
      ];
      for (const outcome of await Promise.all(calls(as(otherTeacher), 'assignment-a', 'student-ravi'))) expect(outcome).toEqual(notFound);
      for (const outcome of await Promise.all(calls(as(teacher), 'assignment-b', 'student-omar'))) expect(outcome).toEqual(notFound);
      for (const outcome of await Promise.all(calls(as(teacher), 'assignment-guessed', 'student-ravi'))) expect(outcome).toEqual(notFound);
      for (const outcome of await Promise.all(calls(as(studentActor), 'assignment-a', 'student-ravi'))) expect(outcome).toEqual(notFound);
      for (const outcome of await Promise.all(calls(as(null), 'assignment-a', 'student-ravi'))) expect(outcome).toEqual({ ok: false, code: 'not-signed-in' });
      const ofOtherClass = await Promise.all(calls(as(teacher), 'assignment-a', 'student-omar'));
      for (const outcome of ofOtherClass.slice(1)) expect(outcome).toEqual(notFound);
      expect(await getSubmissionForReview(as(teacher), 'assignment-a', 'submission-ravi')).toEqual(notFound);

      const [omar] = await database.db.select().from(tables.submission).where(eq(tables.submission.id, 'submission-omar'));
      expect(omar?.feedback).toEqual({});
    });

    it('reopens a submitted piece of work as a draft, keeping answers and scores', async () => {
      expect(await reopenSubmission(as(teacher), 'assignment-a', 'student-mina')).toEqual({ ok: false, code: 'invalid-input', fields: ['status'] });
      expect(await reopenSubmission(as(teacher), 'assignment-a', 'student-tara')).toEqual({ ok: false, code: 'not-found' });
      expect(await reopenSubmission(as(teacher), 'assignment-a', 'student-ravi')).toEqual({ ok: true, value: { reopenedAt: fixedNow } });
      const [stored] = await database.db.select().from(tables.submission).where(eq(tables.submission.id, 'submission-ravi'));
      expect(stored).toMatchObject({ status: 'draft', reopenedAt: fixedNow, answers, quizScore: 0.5 });
      expect(stored?.scores).toEqual({ chrf: { '8': 50.5, '9': 31.969 }, quizCorrect: 1, quizTotal: 2 });
      expect(await reopenSubmission(as(teacher), 'assignment-a', 'student-ravi')).toMatchObject({ ok: false, code: 'invalid-input' });
      const results = await getAssignmentResults(as(teacher), 'assignment-a');
      if (!results.ok) throw new Error(results.code);
      expect(results.value.rows.find((row) => row.studentId === 'student-ravi')).toMatchObject({ status: 'draft', reopenedAt: fixedNow });
    });
  });
}

describe('results CSV', () => {
  const rows = [
    {
      displayName: 'रवि',
      status: 'submitted' as const,
      submittedAt: new Date('2026-03-09T14:05:00Z'),
      late: true,
      quizScore: 2 / 3,
      meanChrf: 41.2345,
      revealedCount: 2,
      revealedOf: 12,
    },
    { displayName: 'Mina, "M"\nSharma', status: 'draft' as const, submittedAt: null, late: false, quizScore: null, meanChrf: null, revealedCount: 0, revealedOf: 12 },
    { displayName: '=HYPERLINK("x")', status: 'not-started' as const, submittedAt: null, late: false, quizScore: null, meanChrf: null, revealedCount: 0, revealedOf: 12 },
  ];

  it('begins with the byte-order mark and a header in the teacher’s language, with Devanagari intact', () => {
    const csv = resultsCsv(rows, labels);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('छात्र,Status,Submitted,Late,Quiz (%),Mean chrF,Revealed,Rows');
    expect(lines[1]).toBe('रवि,submitted,2026-03-09T14:05:00.000Z,yes,67,41.2,2,12');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes a comma, a quote and a newline in a name, and keeps a formula as text', () => {
    const csv = resultsCsv(rows, labels);
    expect(csv).toContain('\r\n"Mina, ""M""\nSharma",draft,,no,,,0,12\r\n');
    expect(csv).toContain(`\r\n"'=HYPERLINK(""x"")",not started,,,,,0,12\r\n`);
  });
});
