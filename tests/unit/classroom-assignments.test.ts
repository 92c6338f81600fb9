import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth';
import { tables, type OpenDatabase } from '@/lib/db';
import {
  createAssignment,
  deleteAssignment,
  getStudentAssignment,
  listClassAssignments,
  listStudentAssignments,
  recordReveal,
  saveDraft,
  submitAssignment,
  type NewAssignment,
} from '@/lib/classroom/server';
import { maxAnswerLength, maxQuizQuestions, pairsInRange, type ClassroomContext, type RangePair } from '@/lib/classroom';
import { loadPassage } from '@/lib/content';
import { databaseTargets } from '../support/databases';

const slug = 'anthropic-safeguards-head-resigns';
const asha: Actor = { role: 'teacher', userId: 'teacher-asha', name: 'Asha', email: 'asha@example.org' };
const bela: Actor = { role: 'teacher', userId: 'teacher-bela', name: 'Bela', email: 'bela@example.org' };
const ravi: Actor = { role: 'student', userId: 'student-ravi', name: 'Ravi' };
const meera: Actor = { role: 'student', userId: 'student-meera', name: 'Meera' };
const omar: Actor = { role: 'student', userId: 'student-omar', name: 'Omar' };
const lena: Actor = { role: 'student', userId: 'student-lena', name: 'Lena' };
const nina: Actor = { role: 'student', userId: 'student-nina', name: 'Nina' };

const due = new Date('2026-03-01T12:00:00Z');
const before = () => new Date('2026-02-28T12:00:00Z');
const after = () => new Date('2026-03-02T12:00:00Z');

function assignmentInput(changes: Partial<NewAssignment> = {}): NewAssignment {
  return {
    classId: 'class-asha',
    passageSource: 'library',
    passageRef: slug,
    title: 'First paragraph',
    firstSentence: 0,
    lastSentence: 10,
    instructions: 'Read, then translate <b>two</b> rows.',
    dueAt: due,
    tasks: { read: true, translate: { direction: 'hi-en', sentences: [1, 9] }, quiz: true },
    ...changes,
  };
}

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`assignments and submissions on ${target.name}`, () => {
    let database: OpenDatabase;
    let passageRows: RangePair[];
    const as = (actor: Actor | null, now?: () => Date): ClassroomContext => ({ db: database.db, actor, now });

    async function newAssignment(changes: Partial<NewAssignment> = {}): Promise<string> {
      const created = await createAssignment(as(asha), assignmentInput(changes));
      if (!created.ok) throw new Error(`createAssignment refused: ${created.code} ${created.fields?.join(',')}`);
      return created.value.id;
    }

    beforeAll(async () => {
      database = await target.open();
      const { db } = database;
      for (const teacher of [asha, bela]) {
        await db.insert(tables.user).values({ id: teacher.userId, name: teacher.name, email: `${teacher.userId}@example.org` });
      }
      const seed = await loadPassage(slug);
      if (!seed) throw new Error(`the seed passage ${slug} is missing`);
      passageRows = pairsInRange(seed, 0, 10);
      for (const [position, pupil] of [ravi, meera, omar, lena, nina].entries()) {
        await db.insert(tables.user).values({ id: pupil.userId, name: pupil.name, email: `${pupil.userId}@students.invalid`, role: 'student' });
        await db.insert(tables.student).values({ userId: pupil.userId, reentryCode: `CODE-${position}` });
      }
      await db.insert(tables.classroom).values([
        { id: 'class-asha', teacherId: asha.userId, name: 'Hindi 1', joinCode: 'JOIN-A' },
        { id: 'class-bela', teacherId: bela.userId, name: 'Hindi 2', joinCode: 'JOIN-B' },
        { id: 'class-asha-evening', teacherId: asha.userId, name: 'Hindi 1 (evening)', joinCode: 'JOIN-C' },
      ]);
      await db.insert(tables.enrolment).values([
        { classId: 'class-asha', studentId: ravi.userId, displayName: 'Ravi' },
        { classId: 'class-asha', studentId: meera.userId, displayName: 'Meera' },
        { classId: 'class-bela', studentId: omar.userId, displayName: 'Omar' },
        { classId: 'class-asha-evening', studentId: lena.userId, displayName: 'Lena' },
        { classId: 'class-asha-evening', studentId: nina.userId, displayName: 'Nina' },
      ]);
    }, 60_000);
    afterAll(async () => database?.close());

    it('creates an assignment with a frozen quiz and lists it with its counts', async () => {
      const id = await newAssignment();
      const [stored] = await database.db.select().from(tables.assignment).where(eq(tables.assignment.id, id));
      expect(stored?.classId).toBe('class-asha');
      expect(Array.isArray(stored?.quiz) && stored.quiz.length).toBe(maxQuizQuestions);
      const listed = await listClassAssignments(as(asha), 'class-asha');
      expect(listed.ok && listed.value.find((row) => row.id === id)).toEqual({
        id,
        title: 'First paragraph',
        dueAt: due,
        studentCount: 2,
        submittedCount: 0,
      });
    });

    it('refuses a range outside the passage and translate rows outside the range', async () => {
      expect(await createAssignment(as(asha), assignmentInput({ lastSentence: 100_000 }))).toMatchObject({ ok: false, code: 'invalid-input', fields: ['lastSentence'] });
      expect(await createAssignment(as(asha), assignmentInput({ firstSentence: 5, lastSentence: 2 }))).toMatchObject({ ok: false, code: 'invalid-input' });
      expect(
        await createAssignment(as(asha), assignmentInput({ tasks: { read: true, translate: { direction: 'hi-en', sentences: [10] }, quiz: false } })),
      ).toMatchObject({ ok: false, code: 'invalid-input', fields: ['tasks.translate'] });
      expect(await createAssignment(as(asha), assignmentInput({ instructions: 'x'.repeat(5_000) }))).toMatchObject({ ok: false, code: 'invalid-input', fields: ['instructions'] });
      expect(await createAssignment(as(asha), assignmentInput({ passageRef: 'no-such-passage' }))).toMatchObject({ ok: false, code: 'not-found' });
      expect(await createAssignment(as(asha), assignmentInput({ passageSource: 'teacher', passageRef: 'guessed' }))).toMatchObject({ ok: false, code: 'not-found' });
    });

    it('refuses another teacher’s class, a student and nobody', async () => {
      expect(await createAssignment(as(asha), assignmentInput({ classId: 'class-bela' }))).toMatchObject({ ok: false, code: 'not-found' });
      expect(await createAssignment(as(ravi), assignmentInput())).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(await createAssignment(as(null), assignmentInput())).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(await listClassAssignments(as(bela), 'class-asha')).toMatchObject({ ok: false, code: 'not-found' });
      expect(await listClassAssignments(as(asha), 'guessed-class')).toMatchObject({ ok: false, code: 'not-found' });
      const id = await newAssignment();
      expect(await deleteAssignment(as(bela), id)).toMatchObject({ ok: false, code: 'not-found' });
      expect(await deleteAssignment(as(ravi), id)).toMatchObject({ ok: false, code: 'not-signed-in' });
    });

    it('shows the student only their own classes’ work, without the quiz answers', async () => {
      const id = await newAssignment({ title: 'Only for class A' });
      const own = await getStudentAssignment(as(ravi), id);
      expect(own.ok).toBe(true);
      if (!own.ok) return;
      expect(own.value.rows.map((row) => row.key)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(own.value.translate.map((row) => row.key)).toEqual([1, 9]);
      expect(own.value.quiz.every((question) => question.answer === undefined)).toBe(true);
      expect(own.value.submission).toBeNull();
      expect(await getStudentAssignment(as(omar), id)).toMatchObject({ ok: false, code: 'not-found' });
      expect(await getStudentAssignment(as(ravi), 'guessed-id')).toMatchObject({ ok: false, code: 'not-found' });
      expect(await getStudentAssignment(as(asha), id)).toMatchObject({ ok: false, code: 'not-signed-in' });
      const listed = await listStudentAssignments(as(omar));
      expect(listed.ok && listed.value.some((row) => row.id === id)).toBe(false);
      const ravis = await listStudentAssignments(as(ravi));
      expect(ravis.ok && ravis.value.find((row) => row.id === id)).toMatchObject({ status: 'not-started', late: false, className: 'Hindi 1' });
    });

    it('sends the English only of rows the student revealed, until the work is handed in', async () => {
      const id = await newAssignment({ classId: 'class-asha-evening', tasks: { read: true, translate: { direction: 'hi-en', sentences: [1] }, quiz: false } });
      const englishOf = (key: number) => passageRows.find((row) => row.key === key)?.en ?? '';
      const fresh = await getStudentAssignment(as(lena), id);
      if (!fresh.ok) throw new Error('the student cannot see the assignment');
      expect(fresh.value.rows.map((row) => row.key)).toEqual(passageRows.map((row) => row.key));
      expect(fresh.value.rows.every((row) => row.en === null && row.hi !== null)).toBe(true);
      expect(fresh.value.reveals).toEqual({});
      const sent = JSON.stringify(fresh.value);
      for (const row of passageRows) {
        expect(row.en.length).toBeGreaterThan(10);
        expect(sent).not.toContain(row.en);
      }

      const shown = await recordReveal(as(lena), id, 2);
      expect(shown).toMatchObject({ ok: true, value: { sentence: 2, english: englishOf(2) } });
      const after = await getStudentAssignment(as(lena), id);
      if (!after.ok) throw new Error('the student cannot see the assignment');
      expect(after.value.rows.filter((row) => row.en !== null).map((row) => [row.key, row.en])).toEqual([[2, englishOf(2)]]);
      expect(JSON.stringify(after.value)).not.toContain(englishOf(3));

      expect(await submitAssignment(as(lena), id, { translations: { '1': 'A translation' }, quiz: {} })).toMatchObject({ ok: true });
      const done = await getStudentAssignment(as(lena), id);
      if (!done.ok) throw new Error('the student cannot see the assignment');
      expect(done.value.rows.map((row) => row.en)).toEqual(passageRows.map((row) => row.en));
    });

    it('shows English, not Hindi, of rows translated into Hindi, and offers their Hindi only after submission', async () => {
      const id = await newAssignment({ classId: 'class-asha-evening', tasks: { read: true, translate: { direction: 'en-hi', sentences: [1, 4] }, quiz: false } });
      const view = await getStudentAssignment(as(nina), id);
      if (!view.ok) throw new Error('the student cannot see the assignment');
      const intoHindi = view.value.rows.filter((row) => row.translatesInto === 'hi');
      expect(intoHindi.map((row) => row.key)).toEqual([1, 4]);
      for (const row of view.value.rows) {
        const text = passageRows.find((candidate) => candidate.key === row.key);
        if (row.translatesInto === 'hi') expect(row).toMatchObject({ hi: null, en: text?.en });
        else expect(row).toMatchObject({ hi: text?.hi, en: null, translatesInto: null });
      }
      expect(view.value.translate).toEqual([1, 4].map((key) => ({ key, source: passageRows.find((row) => row.key === key)?.en })));
      const sent = JSON.stringify(view.value);
      for (const key of [1, 4]) expect(sent).not.toContain(passageRows.find((row) => row.key === key)?.hi);

      const reference = passageRows.find((row) => row.key === 1)?.hi ?? '';
      expect(await submitAssignment(as(nina), id, { translations: { '1': reference }, quiz: {} })).toMatchObject({ ok: true });
      const done = await getStudentAssignment(as(nina), id);
      if (!done.ok || !done.value.submission) throw new Error('the submission is missing');
      expect(done.value.submission.scores?.chrf['1']).toBe(100);
      expect(done.value.rows.map((row) => [row.hi, row.en])).toEqual(passageRows.map((row) => [row.hi, row.en]));
    });

    it('records a reveal once, with the time of the first', async () => {
      const id = await newAssignment();
      const first = await recordReveal(as(ravi, () => new Date('2026-02-01T10:00:00Z')), id, 3);
      expect(first).toEqual({
        ok: true,
        value: { sentence: 3, revealedAt: new Date('2026-02-01T10:00:00Z'), english: passageRows.find((row) => row.key === 3)?.en },
      });
      const again = await recordReveal(as(ravi, () => new Date('2026-02-01T11:00:00Z')), id, 3);
      expect(again).toEqual(first);
      const rows = await database.db
        .select()
        .from(tables.reveal)
        .where(and(eq(tables.reveal.studentId, ravi.userId), eq(tables.reveal.sentence, 3)));
      expect(rows).toHaveLength(1);
      const view = await getStudentAssignment(as(ravi), id);
      expect(view.ok && view.value.reveals).toEqual({ '3': new Date('2026-02-01T10:00:00Z') });
      expect(await recordReveal(as(ravi), id, 10)).toMatchObject({ ok: false, code: 'invalid-input', fields: ['sentence'] });
      expect(await recordReveal(as(ravi), id, 50)).toMatchObject({ ok: false, code: 'invalid-input' });
      expect(await recordReveal(as(omar), id, 3)).toMatchObject({ ok: false, code: 'not-found' });
    });

    it('keeps a draft, then scores the submission and refuses a second', async () => {
      const id = await newAssignment();
      const view = await getStudentAssignment(as(meera), id);
      if (!view.ok) throw new Error('the student cannot see the assignment');
      const firstQuestion = view.value.quiz[0];
      if (!firstQuestion) throw new Error('the quiz is empty');
      const [stored] = await database.db.select({ quiz: tables.assignment.quiz }).from(tables.assignment).where(eq(tables.assignment.id, id));
      const answerKey = (stored?.quiz as { id: string; answer: number }[])[0]?.answer ?? 0;
      const draft = await saveDraft(as(meera, before), id, { translations: { '1': 'A draft' }, quiz: {} });
      expect(draft).toEqual({ ok: true, value: { savedAt: before() } });
      const afterDraft = await getStudentAssignment(as(meera), id);
      expect(afterDraft.ok && afterDraft.value.submission).toMatchObject({ status: 'draft', answers: { translations: { '1': 'A draft' } } });
      const shown = await recordReveal(as(meera), id, 1);
      if (!shown.ok) throw new Error('the reveal was refused');
      const submitted = await submitAssignment(as(meera, before), id, {
        translations: { '1': shown.value.english, '9': 'something else entirely' },
        quiz: { [firstQuestion.id]: answerKey },
      });
      expect(submitted).toMatchObject({ ok: true, value: { submittedAt: before(), late: false } });
      const done = await getStudentAssignment(as(meera), id);
      if (!done.ok || !done.value.submission) throw new Error('the submission is missing');
      expect(done.value.submission.status).toBe('submitted');
      expect(done.value.submission.scores?.chrf['1']).toBe(100);
      expect(done.value.submission.scores?.chrf['9']).toBeLessThan(40);
      expect(done.value.submission.meanChrf).toBeCloseTo(((done.value.submission.scores?.chrf['9'] ?? 0) + 100) / 2, 3);
      expect(done.value.submission.scores?.quizCorrect).toBe(1);
      expect(done.value.submission.scores?.quizTotal).toBe(view.value.quiz.length);
      expect(done.value.quiz[0]?.answer).toBe(answerKey);
      expect(await submitAssignment(as(meera), id, { translations: {}, quiz: {} })).toMatchObject({ ok: false, code: 'already-submitted' });
      expect(await saveDraft(as(meera), id, { translations: { '1': 'overwrite' }, quiz: {} })).toMatchObject({ ok: false, code: 'already-submitted' });
      const listed = await listClassAssignments(as(asha), 'class-asha');
      expect(listed.ok && listed.value.find((candidate) => candidate.id === id)?.submittedCount).toBe(1);
    });

    it('stores exactly one of two simultaneous submits', async () => {
      const id = await newAssignment();
      const outcomes = await Promise.all(
        ['one', 'two', 'three'].map((text) => submitAssignment(as(ravi), id, { translations: { '1': text }, quiz: {} })),
      );
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok && outcome.code === 'already-submitted')).toHaveLength(2);
      const rows = await database.db
        .select()
        .from(tables.submission)
        .where(and(eq(tables.submission.assignmentId, id), eq(tables.submission.studentId, ravi.userId)));
      expect(rows).toHaveLength(1);
      expect(rows[0]?.status).toBe('submitted');
    });

    it('marks late work and accepts a reopened submission again', async () => {
      const id = await newAssignment();
      const late = await submitAssignment(as(ravi, after), id, { translations: { '1': 'late' }, quiz: {} });
      expect(late).toMatchObject({ ok: true, value: { late: true } });
      const listed = await listStudentAssignments(as(ravi));
      expect(listed.ok && listed.value.find((row) => row.id === id)).toMatchObject({ status: 'submitted', late: true });
      await database.db
        .update(tables.submission)
        .set({ status: 'draft', reopenedAt: after() })
        .where(and(eq(tables.submission.assignmentId, id), eq(tables.submission.studentId, ravi.userId)));
      expect(await saveDraft(as(ravi), id, { translations: { '1': 'better' }, quiz: {} })).toMatchObject({ ok: true });
      const again = await submitAssignment(as(ravi, before), id, { translations: { '1': 'better still' }, quiz: {} });
      expect(again).toMatchObject({ ok: true, value: { late: false } });
      expect(await submitAssignment(as(ravi), id, { translations: {}, quiz: {} })).toMatchObject({ ok: false, code: 'already-submitted' });
    });

    it('refuses an oversized answer by name and keeps the saved draft', async () => {
      const id = await newAssignment();
      await saveDraft(as(ravi), id, { translations: { '1': 'kept' }, quiz: {} });
      const oversized = { translations: { '1': 'x'.repeat(maxAnswerLength + 1) }, quiz: {} };
      expect(await saveDraft(as(ravi), id, oversized)).toEqual({ ok: false, code: 'invalid-input', fields: ['translations.1'] });
      expect(await submitAssignment(as(ravi), id, oversized)).toEqual({ ok: false, code: 'invalid-input', fields: ['translations.1'] });
      expect(await saveDraft(as(ravi), id, { translations: { '2': 'not a row to translate' }, quiz: {} })).toMatchObject({ fields: ['translations.2'] });
      expect(await saveDraft(as(ravi), id, { translations: {}, quiz: { q999: 0 } })).toMatchObject({ fields: ['quiz.q999'] });
      const view = await getStudentAssignment(as(ravi), id);
      expect(view.ok && view.value.submission?.answers.translations['1']).toBe('kept');
    });

    it('refuses a student of another class and guessed ids on every write', async () => {
      const id = await newAssignment();
      expect(await saveDraft(as(omar), id, { translations: {}, quiz: {} })).toMatchObject({ ok: false, code: 'not-found' });
      expect(await submitAssignment(as(omar), id, { translations: {}, quiz: {} })).toMatchObject({ ok: false, code: 'not-found' });
      expect(await submitAssignment(as(ravi), 'x'.repeat(500), { translations: {}, quiz: {} })).toMatchObject({ ok: false, code: 'not-found' });
      expect(await saveDraft(as(asha), id, { translations: {}, quiz: {} })).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(await deleteAssignment(as(asha), id)).toEqual({ ok: true, value: { id } });
      expect(await getStudentAssignment(as(ravi), id)).toMatchObject({ ok: false, code: 'not-found' });
    });
  });
}
