import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth';
import { tables, type OpenDatabase } from '@/lib/db';
import { maxItemsPerUser, newReviewState, reviewToJson } from '@/lib/my-words';
import { deleteSavedItem, listSavedItems, rateSavedItem, saveItem, type MyWordsContext, type MyWordsOutcome } from '@/lib/my-words/server';
import { databaseTargets } from '../support/databases';

const savedAt = new Date('2026-03-10T09:00:00.000Z');
const ravi: Actor = { role: 'student', userId: 'student-ravi', name: 'Ravi' };
const asha: Actor = { role: 'teacher', userId: 'teacher-asha', name: 'Asha', email: 'asha@example.org' };
const meera: Actor = { role: 'student', userId: 'student-meera', name: 'Meera' };
const kabir: Actor = { role: 'student', userId: 'student-kabir', name: 'Kabir' };

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
        { id: meera.userId, name: meera.name, email: 'meera@students.invalid', role: 'student' },
        { id: kabir.userId, name: kabir.name, email: 'kabir@students.invalid', role: 'student' },
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

    it('refuses an answer to a card answered since it was seen, with the card as it stands', async () => {
      const [item] = valueOf(await listSavedItems(contextOf(ravi)));
      if (!item) throw new Error('no item');
      const seen = item.review['en-hi'].reps;
      clock = new Date(savedAt.getTime() + 120_000);
      const first = valueOf(await rateSavedItem(contextOf(ravi), item.id, { direction: 'en-hi', rating: 'easy', reviewsSeen: seen }));
      expect(first.review['en-hi'].reps).toBe(seen + 1);
      // The same card answered again from a tab that still shows it as it was.
      const second = await rateSavedItem(contextOf(ravi), item.id, { direction: 'en-hi', rating: 'again', reviewsSeen: seen });
      expect(second).toEqual({ ok: false, code: 'stale-rating', current: first });
      expect(valueOf(await listSavedItems(contextOf(ravi)))).toEqual([first]);
    });

    it('keeps the bound when saves of one user arrive at the same moment', async () => {
      const fill = Array.from({ length: maxItemsPerUser - 1 }, (_, index) => ({
        id: `meera-${index}`,
        userId: meera.userId,
        kind: 'word' as const,
        hindi: `शब्द${index}`,
        english: '',
        contextHindi: '',
        contextEnglish: '',
        review: reviewToJson(newReviewState(savedAt)),
        createdAt: savedAt,
        updatedAt: savedAt,
      }));
      for (let start = 0; start < fill.length; start += 1000) await database.db.insert(tables.savedItem).values(fill.slice(start, start + 1000));
      // One save holds the user's turn and takes the last place; a save that starts meanwhile must wait for it, then be refused.
      const { racing } = await database.db.transaction(async (tx) => {
        await tx.select({ id: tables.user.id }).from(tables.user).where(eq(tables.user.id, meera.userId)).for('update');
        const started = saveItem(contextOf(meera), { kind: 'word', hindi: 'दूसरा' });
        await new Promise((resolve) => setTimeout(resolve, 300));
        await tx.insert(tables.savedItem).values({ ...fill[0]!, id: 'meera-last', hindi: 'पहला' });
        return { racing: started };
      });
      expect(await racing).toEqual({ ok: false, code: 'too-many-items' });
      const words = ['तीसरा', 'चौथा'];
      expect(await Promise.all(words.map((hindi) => saveItem(contextOf(meera), { kind: 'word', hindi })))).toEqual(
        words.map(() => ({ ok: false, code: 'too-many-items' })),
      );
      expect(valueOf(await listSavedItems(contextOf(meera)))).toHaveLength(maxItemsPerUser);
    }, 60_000);

    it('answers two saves of one item at the same moment with one item', async () => {
      const outcomes = await Promise.all([saveItem(contextOf(kabir), { kind: 'word', hindi: 'साथ' }), saveItem(contextOf(kabir), { kind: 'word', hindi: 'साथ' })]);
      const saved = outcomes.map(valueOf);
      expect(saved.map((value) => value.created).sort()).toEqual([false, true]);
      expect(saved[0]?.item.id).toBe(saved[1]?.item.id);
      expect(valueOf(await listSavedItems(contextOf(kabir)))).toHaveLength(1);
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
