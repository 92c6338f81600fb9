import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth';
import type { ClassroomContext, Outcome, Refusal } from '@/lib/classroom';
import { loadGlossary } from '@/lib/content';
import { tables, type OpenDatabase } from '@/lib/db';
import { proposeImport, type SaveRequest } from '@/lib/importer';
import {
  allowProposal,
  deleteTeacherPassage,
  getPassageForReader,
  listTeacherPassages,
  proposalRule,
  readPassage,
  readPassageLinker,
  saveTeacherPassage,
} from '@/lib/passages';
import { databaseTargets } from '../support/databases';

/** Three short pairs, one a line; बैटरी and मोबाइल are loanwords the library glossary does not have. */
const batteryHi = 'कंपनी ने नई बैटरी बनाई है।\nयह बैटरी बहुत सस्ती है।\nलोग इसे मोबाइल में लगाते हैं।';
const batteryEn = 'The company has made a new battery.\nThis battery is very cheap.\nPeople put it in their mobile.';

const teacher = (id: string): Actor => ({ role: 'teacher', userId: id, name: id, email: `${id}@example.org` });
const student = (id: string): Actor => ({ role: 'student', userId: id, name: id });

/** The value of an outcome that must have succeeded. */
function valueOf<T>(outcome: Outcome<T> | Refusal): T {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.value;
}

/** A save request as the browser sends one, every entry claiming to be reviewed, one with a meaning written. */
async function buildRequest(slug: string): Promise<SaveRequest> {
  const proposed = proposeImport({ hi: batteryHi, en: batteryEn, presplit: true }, await loadGlossary());
  if (!proposed.ok) throw new Error('the battery texts must align');
  const { hi, en, kinds, links, candidates } = proposed.proposal;
  expect(candidates.length).toBeGreaterThanOrEqual(2);
  const [first, ...rest] = candidates;
  if (!first) throw new Error('no candidates');
  return {
    slug,
    title: { hi: 'नई बैटरी', en: 'A new battery' },
    source: 'Class notes',
    translationBy: 'Asha',
    hi,
    en,
    kinds: { hi: kinds.hi, en: kinds.en },
    links: links.map((link) => ({ hi: link.hi, en: link.en })),
    entries: [
      { ...first, meaning: 'A cell that stores electricity.', reviewed: false },
      ...rest.map((entry) => ({ ...entry, reviewed: true })),
    ],
  } as SaveRequest;
}

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`teacher passages on ${target.name}`, () => {
    let database: OpenDatabase;
    const as = (actor: Actor | null): ClassroomContext => ({ db: database.db, actor });
    let savedId = '';

    beforeAll(async () => {
      database = await target.open();
      const db = database.db;
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
    }, 60_000);
    afterAll(async () => database?.close());

    it('saves a teacher passage with the entries reviewed as the server decides', async () => {
      const request = await buildRequest('new-battery');
      const saved = valueOf(await saveTeacherPassage(as(teacher('asha')), request));
      savedId = saved.id;
      expect(saved).toMatchObject({ slug: 'new-battery', title: { hi: 'नई बैटरी', en: 'A new battery' } });

      const read = valueOf(await getPassageForReader(as(teacher('asha')), savedId));
      expect(read.passage.hi.sentences.map((sentence) => sentence.text)).toEqual(batteryHi.split('\n'));
      expect(read.passage.links).toHaveLength(3);
      const reviewed = Object.fromEntries(read.entries.map((entry) => [entry.id, entry.reviewed]));
      const [first, ...rest] = request.entries;
      expect(reviewed[first?.id ?? '']).toBe(true);
      for (const entry of rest) expect(reviewed[entry.id]).toBe(false);
    });

    it('reads the passage and its glossary through an assignment key, her entries beside the library', async () => {
      const passage = await readPassage(database.db, { source: 'teacher', ref: savedId });
      expect(passage?.title.en).toBe('A new battery');
      const glossary = (await readPassageLinker(database.db, { source: 'teacher', ref: savedId })).entries;
      const library = await loadGlossary();
      expect(glossary.length).toBeGreaterThan(library.length);
      expect(glossary.some((entry) => entry.headword === 'बैटरी')).toBe(true);
      expect(await readPassage(database.db, { source: 'teacher', ref: 'no-such-passage' })).toBeNull();
    });

    it('lets her own entries take the place of a library entry with the same id', async () => {
      const library = await loadGlossary();
      const shared = library[0];
      if (!shared) throw new Error('the library glossary is empty');
      const request = await buildRequest('own-meaning');
      const own = { ...shared, meaning: 'Her own meaning for this passage.', related: [] };
      const saved = valueOf(await saveTeacherPassage(as(teacher('asha')), { ...request, entries: [own] }));
      const glossary = (await readPassageLinker(database.db, { source: 'teacher', ref: saved.id })).entries;
      expect(glossary.filter((entry) => entry.id === shared.id)).toEqual([expect.objectContaining({ meaning: own.meaning })]);
      expect((await deleteTeacherPassage(as(teacher('asha')), saved.id)).ok).toBe(true);
    });

    it('refuses a slug she already uses, but not one another teacher uses', async () => {
      const clash = await saveTeacherPassage(as(teacher('asha')), await buildRequest('new-battery'));
      expect(clash).toMatchObject({ ok: false, code: 'invalid-input', fields: ['slug'] });
      expect(valueOf(await saveTeacherPassage(as(teacher('bela')), await buildRequest('new-battery'))).slug).toBe('new-battery');
    });

    it('refuses anyone but a teacher, and a request the schema refuses', async () => {
      const request = await buildRequest('by-a-student');
      expect(await saveTeacherPassage(as(student('ravi')), request)).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(await saveTeacherPassage(as(null), request)).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(await saveTeacherPassage(as(teacher('asha')), { ...request, slug: 'Not A Slug' })).toMatchObject({
        ok: false,
        code: 'invalid-input',
        fields: ['slug'],
      });
      const doubled = { ...request, entries: [request.entries[0], request.entries[0]] };
      expect(await saveTeacherPassage(as(teacher('asha')), doubled)).toMatchObject({ ok: false, fields: ['entries'] });
    });

    it('refuses an alignment that leaves a sentence out, with the content problems', async () => {
      const request = await buildRequest('gap');
      const saved = await saveTeacherPassage(as(teacher('asha')), { ...request, links: request.links.slice(1) });
      expect(saved).toMatchObject({ ok: false, code: 'invalid-input', fields: ['passage'] });
      expect(saved).toMatchObject({ problems: [expect.objectContaining({ file: 'gap/hi.txt', line: 1 }), expect.objectContaining({ file: 'gap/en.txt', line: 1 })] });
    });

    it('lists only her own passages', async () => {
      const mine = valueOf(await listTeacherPassages(as(teacher('asha'))));
      expect(mine.map((passage) => passage.id)).toEqual([savedId]);
      const bela = valueOf(await listTeacherPassages(as(teacher('bela'))));
      expect(bela.map((passage) => passage.slug)).toEqual(['new-battery']);
      expect(bela[0]?.id).not.toBe(savedId);
      expect(await listTeacherPassages(as(student('ravi')))).toMatchObject({ ok: false, code: 'not-signed-in' });
    });

    it('lets a student read it only through an assignment of a class they are in', async () => {
      expect(await getPassageForReader(as(student('ravi')), savedId)).toMatchObject({ ok: false, code: 'not-found' });
      await database.db.insert(tables.assignment).values({
        id: 'assignment-1',
        classId: 'class-a',
        passageSource: 'teacher',
        passageRef: savedId,
        title: 'Batteries',
        firstSentence: 0,
        lastSentence: 2,
        tasks: {},
      });
      expect(valueOf(await getPassageForReader(as(student('ravi')), savedId)).title.en).toBe('A new battery');
      // A student of another class, another teacher, nobody, and a guessed id are all told the same.
      expect(await getPassageForReader(as(student('mina')), savedId)).toMatchObject({ ok: false, code: 'not-found' });
      expect(await getPassageForReader(as(teacher('bela')), savedId)).toMatchObject({ ok: false, code: 'not-found' });
      expect(await getPassageForReader(as(null), savedId)).toMatchObject({ ok: false, code: 'not-found' });
      expect(await getPassageForReader(as(teacher('asha')), 'AAAAAAAAAAAAAAAA')).toMatchObject({ ok: false, code: 'not-found' });
      expect(await getPassageForReader(as(teacher('asha')), '../../etc')).toMatchObject({ ok: false, code: 'not-found' });
    });

    it('does not count a library assignment of the same ref as an assignment of her passage', async () => {
      await database.db.insert(tables.assignment).values({
        id: 'assignment-2',
        classId: 'class-b',
        passageSource: 'library',
        passageRef: savedId,
        title: 'Library',
        firstSentence: 0,
        lastSentence: 0,
        tasks: {},
      });
      expect(await getPassageForReader(as(student('mina')), savedId)).toMatchObject({ ok: false, code: 'not-found' });
    });

    it('limits proposals per teacher', async () => {
      const now = new Date('2026-03-01T10:00:00Z');
      const context = { db: database.db, actor: teacher('asha'), now: () => now };
      for (let count = 0; count < proposalRule.limit; count += 1) expect((await allowProposal(context)).ok).toBe(true);
      expect(await allowProposal(context)).toMatchObject({ ok: false, code: 'too-many-attempts', retryAfterSeconds: 600 });
      expect((await allowProposal({ ...context, actor: teacher('bela') })).ok).toBe(true);
      expect(await allowProposal({ ...context, actor: null })).toMatchObject({ ok: false, code: 'not-signed-in' });
      const later = new Date(now.getTime() + proposalRule.windowMs);
      expect((await allowProposal({ ...context, now: () => later })).ok).toBe(true);
    });

    it('lets only the owner delete, and a deleted passage is gone for everyone', async () => {
      expect(await deleteTeacherPassage(as(teacher('bela')), savedId)).toMatchObject({ ok: false, code: 'not-found' });
      expect(await deleteTeacherPassage(as(student('ravi')), savedId)).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(await deleteTeacherPassage(as(teacher('asha')), savedId)).toEqual({ ok: true, value: { id: savedId } });
      expect(await getPassageForReader(as(teacher('asha')), savedId)).toMatchObject({ ok: false, code: 'not-found' });
      expect(await getPassageForReader(as(student('ravi')), savedId)).toMatchObject({ ok: false, code: 'not-found' });
      expect(await deleteTeacherPassage(as(teacher('asha')), savedId)).toMatchObject({ ok: false, code: 'not-found' });
    });
  });
}
