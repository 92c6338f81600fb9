import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth';
import { tables, type OpenDatabase } from '@/lib/db';
import { deleteSavedItem, listSavedItems, rateSavedItem, saveItem, type MyWordsContext, type MyWordsOutcome } from '@/lib/my-words/server';
import { databaseTargets } from '../support/databases';

const savedAt = new Date('2026-03-10T09:00:00.000Z');
const ravi: Actor = { role: 'student', userId: 'student-ravi', name: 'Ravi' };
const asha: Actor = { role: 'teacher', userId: 'teacher-asha', name: 'Asha', email: 'asha@example.org' };

const sentence = {
  kind: 'sentence',
  hindi: 'कंपनी ने नया मॉडल जारी किया।',
  english: 'The company released a new model.',
  contextHindi: 'कंपनी ने नया मॉडल जारी किया।',
  contextEnglish: 'The company released a new model.',
  passage: { source: 'library', ref: 'ntrex-ai-funding', sentence: 3 },
};

function valueOf<T>(outcome: MyWordsOutcome<T>): T {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.value;
}

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`My words on ${target.name}`, () => {
    let database: OpenDatabase;
    let clock = savedAt;
    const contextOf = (actor: Actor | null): MyWordsContext => ({ db: database.db, actor, now: () => clock });

    beforeAll(async () => {
      database = await target.open();
      await database.db.insert(tables.user).values([
        { id: ravi.userId, name: ravi.name, email: 'ravi@students.invalid', role: 'student' },
        { id: asha.userId, name: asha.name, email: 'asha@example.org', role: 'teacher' },
      ]);
    }, 60_000);
    afterAll(async () => database?.close());

    it('refuses anyone not signed in', async () => {
      expect(await listSavedItems(contextOf(null))).toEqual({ ok: false, code: 'not-signed-in' });
      expect(await saveItem(contextOf(null), sentence)).toEqual({ ok: false, code: 'not-signed-in' });
    });

    it('saves an item once, lists it with its review state, and keeps the first on a second save', async () => {
      const first = valueOf(await saveItem(contextOf(ravi), sentence));
      expect(first.created).toBe(true);
      const again = valueOf(await saveItem(contextOf(ravi), { ...sentence, english: 'Something else' }));
      expect(again).toMatchObject({ created: false, item: { id: first.item.id, english: sentence.english } });
      const listed = valueOf(await listSavedItems(contextOf(ravi)));
      expect(listed).toEqual([first.item]);
      expect(listed[0]?.review['hi-en'].due).toEqual(savedAt);
      expect(listed[0]?.passage).toEqual({ source: 'library', ref: 'ntrex-ai-funding', sentence: 3 });
    });

    it('names the fields of bad input', async () => {
      expect(await saveItem(contextOf(ravi), { ...sentence, hindi: 'क'.repeat(2001), contextEnglish: 'x'.repeat(4001) })).toEqual({
        ok: false,
        code: 'invalid-input',
        fields: ['hindi', 'contextEnglish'],
      });
      expect(await saveItem(contextOf(ravi), 'not an item')).toMatchObject({ ok: false, code: 'invalid-input' });
    });

    it('rates one direction and keeps the new schedule', async () => {
      const [item] = valueOf(await listSavedItems(contextOf(ravi)));
      if (!item) throw new Error('no item');
      clock = new Date(savedAt.getTime() + 60_000);
      const rated = valueOf(await rateSavedItem(contextOf(ravi), item.id, { direction: 'hi-en', rating: 'good' }));
      expect(rated.review['hi-en'].due).toEqual(new Date(savedAt.getTime() + 11 * 60_000));
      const [kept] = valueOf(await listSavedItems(contextOf(ravi)));
      expect(kept?.review).toEqual(rated.review);
      expect(kept?.review['en-hi'].due).toEqual(savedAt);
      expect(await rateSavedItem(contextOf(ravi), item.id, { direction: 'sideways', rating: 'good' })).toEqual({
        ok: false,
        code: 'invalid-input',
        fields: ['direction'],
      });
    });

    it("answers not-found for another user's item, and leaves it as it was", async () => {
      const [item] = valueOf(await listSavedItems(contextOf(ravi)));
      if (!item) throw new Error('no item');
      expect(valueOf(await listSavedItems(contextOf(asha)))).toEqual([]);
      expect(await rateSavedItem(contextOf(asha), item.id, { direction: 'hi-en', rating: 'again' })).toEqual({ ok: false, code: 'not-found' });
      expect(await deleteSavedItem(contextOf(asha), item.id)).toEqual({ ok: false, code: 'not-found' });
      expect(await deleteSavedItem(contextOf(asha), 'x'.repeat(500))).toEqual({ ok: false, code: 'not-found' });
      expect(valueOf(await listSavedItems(contextOf(ravi)))).toEqual([item]);
    });

    it('lets a teacher keep items of their own under the same Hindi', async () => {
      const own = valueOf(await saveItem(contextOf(asha), sentence));
      expect(own.created).toBe(true);
      expect(valueOf(await listSavedItems(contextOf(asha))).map((item) => item.id)).toEqual([own.item.id]);
    });

    it('deletes its own item', async () => {
      const [item] = valueOf(await listSavedItems(contextOf(ravi)));
      if (!item) throw new Error('no item');
      expect(await deleteSavedItem(contextOf(ravi), item.id)).toEqual({ ok: true, value: { id: item.id } });
      expect(valueOf(await listSavedItems(contextOf(ravi)))).toEqual([]);
      expect(await deleteSavedItem(contextOf(ravi), item.id)).toEqual({ ok: false, code: 'not-found' });
    });
  });
}
