import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth';
import type { ClassroomContext, Outcome, Refusal } from '@/lib/classroom';
import { loadGlossary } from '@/lib/content';
import { tables, type OpenDatabase } from '@/lib/db';
import { proposeImport, type SaveRequest } from '@/lib/importer';
import { readPassageForReader, saveTeacherPassage } from '@/lib/passages';
import { databaseTargets } from '../support/databases';

const slug = 'anthropic-safeguards-head-resigns';
const asha: Actor = { role: 'teacher', userId: 'asha', name: 'Asha', email: 'asha@example.org' };
const bela: Actor = { role: 'teacher', userId: 'bela', name: 'Bela', email: 'bela@example.org' };
const ravi: Actor = { role: 'student', userId: 'ravi', name: 'Ravi' };
const mina: Actor = { role: 'student', userId: 'mina', name: 'Mina' };

function valueOf<T>(outcome: Outcome<T> | Refusal): T {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.value;
}

async function lessonRequest(): Promise<SaveRequest> {
  const hi = 'कंपनी ने नई बैटरी बनाई है।\nयह बैटरी बहुत सस्ती है।';
  const en = 'The company has made a new battery.\nThis battery is very cheap.';
  const proposed = proposeImport({ hi, en, presplit: true }, await loadGlossary());
  if (!proposed.ok) throw new Error('the lesson texts must align');
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
  describe.skipIf(!target.available)(`the passage a reader may read, on ${target.name}`, () => {
    let database: OpenDatabase;
    const as = (actor: Actor | null): ClassroomContext => ({ db: database.db, actor });
    let lessonId = '';

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
      lessonId = valueOf(await saveTeacherPassage(as(asha), await lessonRequest())).id;
      const tasks = { read: true, translate: null, quiz: false };
      await db.insert(tables.assignment).values([
        { id: 'lesson-a', classId: 'class-a', title: 'Battery', passageSource: 'teacher', passageRef: lessonId, firstSentence: 0, lastSentence: 1, tasks },
      ]);
    }, 60_000);
    afterAll(async () => database?.close());

    it('gives a library passage to anyone, signed in or not', async () => {
      for (const actor of [null, asha, mina]) {
        const passage = await readPassageForReader(as(actor), { source: 'library', ref: slug });
        expect(passage?.slug).toBe(slug);
      }
      expect(await readPassageForReader(as(null), { source: 'library', ref: 'no-such-passage' })).toBeNull();
    });

    it('gives a teacher passage to its teacher and to a student of a class it is assigned to', async () => {
      const forOwner = await readPassageForReader(as(asha), { source: 'teacher', ref: lessonId });
      expect(forOwner?.hi.sentences.map((sentence) => sentence.text)).toEqual(['कंपनी ने नई बैटरी बनाई है।', 'यह बैटरी बहुत सस्ती है।']);
      const forStudent = await readPassageForReader(as(ravi), { source: 'teacher', ref: lessonId });
      expect(forStudent).toEqual(forOwner);
    });

    it('gives a teacher passage to nobody else: another teacher, an unassigned student, a visitor, a guessed id', async () => {
      expect(await readPassageForReader(as(bela), { source: 'teacher', ref: lessonId })).toBeNull();
      expect(await readPassageForReader(as(mina), { source: 'teacher', ref: lessonId })).toBeNull();
      expect(await readPassageForReader(as(null), { source: 'teacher', ref: lessonId })).toBeNull();
      expect(await readPassageForReader(as(asha), { source: 'teacher', ref: 'AAAAAAAAAAAAAAAA' })).toBeNull();
    });
  });
}
