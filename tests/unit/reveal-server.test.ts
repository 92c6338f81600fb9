import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth';
import type { ClassroomContext, Outcome, Refusal } from '@/lib/classroom';
import { getAssignmentResults, getStudentAssignment } from '@/lib/classroom/server';
import { loadGlossary } from '@/lib/content';
import { tables, type OpenDatabase } from '@/lib/db';
import { proposeImport, type SaveRequest } from '@/lib/importer';
import { readPassage, saveTeacherPassage } from '@/lib/passages';
import { listReveals, recordReveals } from '@/lib/reveal/server';
import { databaseTargets } from '../support/databases';

const slug = 'anthropic-safeguards-head-resigns';
const asha: Actor = { role: 'teacher', userId: 'asha', name: 'Asha', email: 'asha@example.org' };
const bela: Actor = { role: 'teacher', userId: 'bela', name: 'Bela', email: 'bela@example.org' };
const ravi: Actor = { role: 'student', userId: 'ravi', name: 'Ravi' };
const mina: Actor = { role: 'student', userId: 'mina', name: 'Mina' };
const firstTime = new Date('2026-03-10T09:30:00.000Z');
const laterTime = new Date('2026-03-11T10:00:00.000Z');

function valueOf<T>(outcome: Outcome<T> | Refusal): T {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.value;
}

/** A teacher passage of three one-sentence pairs, saved as the import page saves one. */
async function batteryRequest(): Promise<SaveRequest> {
  const hi = 'कंपनी ने नई बैटरी बनाई है।\nयह बैटरी बहुत सस्ती है।\nलोग इसे मोबाइल में लगाते हैं।';
  const en = 'The company has made a new battery.\nThis battery is very cheap.\nPeople put it in their mobile.';
  const proposed = proposeImport({ hi, en, presplit: true }, await loadGlossary());
  if (!proposed.ok) throw new Error('the battery texts must align');
  const { kinds, links, candidates } = proposed.proposal;
  return {
    slug: 'new-battery',
    title: { hi: 'नई बैटरी', en: 'A new battery' },
    source: 'Class notes',
    translationBy: 'Asha',
    hi: proposed.proposal.hi,
    en: proposed.proposal.en,
    kinds: { hi: kinds.hi, en: kinds.en },
    links: links.map((link) => ({ hi: link.hi, en: link.en })),
    entries: candidates.map((entry) => ({ ...entry, reviewed: true })),
  } as SaveRequest;
}

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`reveals from the reader on ${target.name}`, () => {
    let database: OpenDatabase;
    let now = firstTime;
    const as = (actor: Actor | null): ClassroomContext => ({ db: database.db, actor, now: () => now });
    let teacherPassageId = '';
    let libraryKeys: number[] = [];

    beforeAll(async () => {
      database = await target.open();
      const { db } = database;
      await db.insert(tables.user).values([
        { id: 'asha', name: 'Asha', email: 'asha@example.org', role: 'teacher' },
        { id: 'bela', name: 'Bela', email: 'bela@example.org', role: 'teacher' },
        { id: 'ravi', name: 'Ravi', email: 'ravi@students.invalid', role: 'student' },
        { id: 'mina', name: 'Mina', email: 'mina@students.invalid', role: 'student' },
      ]);
      await db.insert(tables.student).values([
        { userId: 'ravi', reentryCode: 'RAVI-0000-0001' },
        { userId: 'mina', reentryCode: 'MINA-0000-0002' },
      ]);
      await db.insert(tables.classroom).values([
        { id: 'class-a', teacherId: 'asha', name: '8A', joinCode: 'AAAAAAAA' },
        { id: 'class-b', teacherId: 'bela', name: '8B', joinCode: 'BBBBBBBB' },
      ]);
      await db.insert(tables.enrolment).values([
        { classId: 'class-a', studentId: 'ravi', displayName: 'Ravi' },
        { classId: 'class-b', studentId: 'mina', displayName: 'Mina' },
      ]);
      teacherPassageId = valueOf(await saveTeacherPassage(as(asha), await batteryRequest())).id;
      const library = await readPassage(db, { source: 'library', ref: slug });
      if (!library) throw new Error('the seed passage is missing');
      libraryKeys = library.links.flatMap((link) => (link.hi[0] === undefined ? [] : [link.hi[0]]));
      const tasks = { read: true, translate: null, quiz: false };
      await db.insert(tables.assignment).values([
        { id: 'library-a', classId: 'class-a', title: 'Resignation', passageSource: 'library', passageRef: slug, firstSentence: 0, lastSentence: 3, tasks },
        { id: 'battery-a', classId: 'class-a', title: 'Battery', passageSource: 'teacher', passageRef: teacherPassageId, firstSentence: 0, lastSentence: 2, tasks },
      ]);
    }, 60_000);
    afterAll(async () => database?.close());

    it('records a library reveal in the table the teacher’s results count', async () => {
      const [first] = libraryKeys;
      if (first === undefined) throw new Error('the seed passage has no pairs');
      expect(valueOf(await recordReveals(as(ravi), { source: 'library', ref: slug, sentences: [first] }))).toEqual([first]);
      expect(valueOf(await listReveals(as(ravi), { source: 'library', ref: slug }))).toEqual([first]);
      const results = valueOf(await getAssignmentResults(as(asha), 'library-a'));
      const row = results.rows.find((candidate) => candidate.studentId === 'ravi');
      expect(row?.revealedCount).toBe(1);
      expect(row?.revealedOf).toBeGreaterThan(1);
      // And the student's assignment page shows that pair's English as revealed.
      const work = valueOf(await getStudentAssignment(as(ravi), 'library-a'));
      expect(Object.keys(work.reveals)).toEqual([String(first)]);
    });

    it('keeps the first time of a reveal made twice, and adds several at once', async () => {
      const [first, second, third] = libraryKeys;
      if (first === undefined || second === undefined || third === undefined) throw new Error('the seed passage has too few pairs');
      now = laterTime;
      const all = valueOf(await recordReveals(as(ravi), { source: 'library', ref: slug, sentences: [first, second, third, second] }));
      expect(all).toEqual([first, second, third]);
      const [kept] = await database.db
        .select({ revealedAt: tables.reveal.revealedAt })
        .from(tables.reveal)
        .where(and(eq(tables.reveal.studentId, 'ravi'), eq(tables.reveal.passageRef, slug), eq(tables.reveal.sentence, first)));
      expect(kept?.revealedAt.toISOString()).toBe(firstTime.toISOString());
    });

    it('lets a student reveal in a teacher passage assigned to their class', async () => {
      expect(valueOf(await recordReveals(as(ravi), { source: 'teacher', ref: teacherPassageId, sentences: [1] }))).toEqual([1]);
      expect(valueOf(await listReveals(as(ravi), { source: 'teacher', ref: teacherPassageId }))).toEqual([1]);
      const results = valueOf(await getAssignmentResults(as(asha), 'battery-a'));
      expect(results.rows.find((row) => row.studentId === 'ravi')).toMatchObject({ revealedCount: 1, revealedOf: 3 });
    });

    it('refuses a teacher passage not assigned to the student, as if it did not exist', async () => {
      const write = await recordReveals(as(mina), { source: 'teacher', ref: teacherPassageId, sentences: [0] });
      expect(write).toMatchObject({ ok: false, code: 'not-found' });
      expect(await listReveals(as(mina), { source: 'teacher', ref: teacherPassageId })).toMatchObject({ ok: false, code: 'not-found' });
      expect(await recordReveals(as(ravi), { source: 'teacher', ref: 'no-such-passage', sentences: [0] })).toMatchObject({ ok: false, code: 'not-found' });
      const rows = await database.db.select().from(tables.reveal).where(eq(tables.reveal.studentId, 'mina'));
      expect(rows).toEqual([]);
    });

    it('refuses anyone but a student, and keys that are not pairs of the passage', async () => {
      const input = { source: 'library', ref: slug, sentences: [0] };
      expect(await recordReveals(as(null), input)).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(await recordReveals(as(asha), input)).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(await listReveals(as(bela), input)).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(await recordReveals(as(ravi), { source: 'library', ref: slug, sentences: [100_000] })).toMatchObject({
        ok: false,
        code: 'invalid-input',
        fields: ['sentences'],
      });
      expect(await recordReveals(as(ravi), { source: 'library', ref: slug, sentences: [] })).toMatchObject({ ok: false, code: 'invalid-input' });
      expect(await recordReveals(as(ravi), { source: 'shelf', ref: slug, sentences: [0] })).toMatchObject({ ok: false, code: 'invalid-input', fields: ['source'] });
      expect(await listReveals(as(ravi), { source: 'library', ref: 'no-such-passage' })).toMatchObject({ ok: false, code: 'not-found' });
    });
  });
}
