import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth';
import { tables, type OpenDatabase } from '@/lib/db';
import { maxFamiliesPerRequest } from '@/lib/words';
import { listWordStatuses, setWordStatuses, type WordsContext } from '@/lib/words/server';
import { databaseTargets } from '../support/databases';

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`word statuses on ${target.name}`, () => {
    let database: OpenDatabase;
    const contextOf = (actor: Actor | null): WordsContext => ({ db: database.db, actor });
    const teacher = (): WordsContext => contextOf({ role: 'teacher', userId: 'teacher-asha', name: 'Asha', email: 'asha@example.org' });
    const student = (): WordsContext => contextOf({ role: 'student', userId: 'student-ravi', name: 'Ravi' });

    beforeAll(async () => {
      database = await target.open();
      await database.db.insert(tables.user).values([
        { id: 'teacher-asha', name: 'Asha', email: 'asha@example.org', role: 'teacher' },
        { id: 'student-ravi', name: 'Ravi', email: 'ravi@students.invalid', role: 'student' },
      ]);
    }, 60_000);
    afterAll(async () => database?.close());

    it('refuses anyone not signed in', async () => {
      expect(await listWordStatuses(contextOf(null))).toEqual({ ok: false, code: 'not-signed-in' });
      expect(await setWordStatuses(contextOf(null), { family: 'लडक', status: 'known' })).toEqual({ ok: false, code: 'not-signed-in' });
    });

    it('keeps learning and known per user, and new removes the record', async () => {
      expect((await setWordStatuses(student(), { family: 'लडक', status: 'learning' })).ok).toBe(true);
      expect((await setWordStatuses(student(), { changes: [{ family: 'कर', status: 'known' }, { family: 'घर', status: 'known' }] })).ok).toBe(true);
      expect(await listWordStatuses(student())).toEqual({ ok: true, value: { लडक: 'learning', कर: 'known', घर: 'known' } });
      await setWordStatuses(student(), { changes: [{ family: 'लडक', status: 'known' }, { family: 'घर', status: 'new' }] });
      expect(await listWordStatuses(student())).toEqual({ ok: true, value: { लडक: 'known', कर: 'known' } });
      // Another user sees none of them, and keeps their own.
      expect(await listWordStatuses(teacher())).toEqual({ ok: true, value: {} });
      await setWordStatuses(teacher(), { family: 'लडक', status: 'learning' });
      expect(await listWordStatuses(teacher())).toEqual({ ok: true, value: { लडक: 'learning' } });
      expect(await listWordStatuses(student())).toEqual({ ok: true, value: { लडक: 'known', कर: 'known' } });
    });

    it('lets the last change of a family in a batch win', async () => {
      await setWordStatuses(teacher(), { changes: [{ family: 'पान', status: 'known' }, { family: 'पान', status: 'learning' }] });
      const listed = await listWordStatuses(teacher());
      expect(listed.ok && listed.value['पान']).toBe('learning');
    });

    it('refuses a bad status, a bad family and a batch over the limit', async () => {
      expect(await setWordStatuses(student(), { family: 'लडक', status: 'forgotten' })).toEqual({ ok: false, code: 'invalid-input' });
      expect(await setWordStatuses(student(), { family: '', status: 'known' })).toEqual({ ok: false, code: 'invalid-input' });
      const tooMany = Array.from({ length: maxFamiliesPerRequest + 1 }, (_, index) => ({ family: `w${index}`, status: 'known' }));
      expect(await setWordStatuses(student(), { changes: tooMany })).toEqual({ ok: false, code: 'invalid-input' });
      expect(await setWordStatuses(student(), 'known')).toEqual({ ok: false, code: 'invalid-input' });
    });
  });
}
