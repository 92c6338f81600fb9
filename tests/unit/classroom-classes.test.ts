import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth';
import { tables, type OpenDatabase } from '@/lib/db';
import {
  createClass,
  deleteClass,
  getClassForTeacher,
  isStudentOfClass,
  isTeachersClass,
  joinClass,
  joinFailures,
  listStudentClasses,
  listTeacherClasses,
  reenter,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  resetReentryCode,
  setClassArchived,
} from '@/lib/classroom/server';
import { maxNameLength, readJoinCode, type ClassroomContext, type Outcome } from '@/lib/classroom';
import { databaseTargets } from '../support/databases';

function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.value;
}

/** A code of the right shape that no class has: the class's own code with one letter changed. */
function wrongCodeFor(code: string): string {
  const last = code.at(-1) === '0' ? '1' : '0';
  return `${code.slice(0, -1)}${last}`;
}

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`classes and students on ${target.name}`, () => {
    let database: OpenDatabase;
    let asha: ClassroomContext;
    let meera: ClassroomContext;
    let nobody: ClassroomContext;
    let addressCounter = 0;
    const freshAddress = () => `10.0.0.${(addressCounter += 1)}`;

    const contextOf = (actor: Actor | null): ClassroomContext => ({ db: database.db, actor });
    const asStudent = (studentId: string, name = 'Student'): ClassroomContext => contextOf({ role: 'student', userId: studentId, name });

    async function addTeacher(id: string, name: string): Promise<ClassroomContext> {
      await database.db.insert(tables.user).values({ id, name, email: `${id}@example.org`, role: 'teacher' });
      return contextOf({ role: 'teacher', userId: id, name, email: `${id}@example.org` });
    }

    beforeAll(async () => {
      database = await target.open();
      asha = await addTeacher('teacher-asha', 'Asha Verma');
      meera = await addTeacher('teacher-meera', 'Meera Iyer');
      nobody = contextOf(null);
    }, 60_000);
    afterAll(async () => database?.close());

    it('creates a class with a join code, lists it with its count and shows its roster', async () => {
      const created = valueOf(await createClass(asha, { name: '  Class 7B Hindi  ' }));
      expect(created.name).toBe('Class 7B Hindi');
      expect(readJoinCode(created.joinCode)).toBe(created.joinCode);

      const joined = valueOf(await joinClass(nobody, { code: created.joinCode.toLowerCase(), displayName: ' Ravi ', address: freshAddress() }));
      expect(joined).toMatchObject({ classId: created.id, className: 'Class 7B Hindi', displayName: 'Ravi', newStudent: true, alreadyMember: false });
      expect(joined.reentryCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

      const [user] = await database.db.select().from(tables.user).where(eq(tables.user.id, joined.studentId));
      expect(user).toMatchObject({ role: 'student', name: 'Ravi', email: `${joined.studentId}@students.invalid` });

      const listed = valueOf(await listTeacherClasses(asha));
      expect(listed.find((entry) => entry.id === created.id)).toMatchObject({ studentCount: 1, archived: false, name: 'Class 7B Hindi' });

      const detail = valueOf(await getClassForTeacher(asha, created.id));
      expect(detail.roster).toEqual([
        { studentId: joined.studentId, displayName: 'Ravi', joinedAt: expect.any(Date), reentryCode: joined.reentryCode },
      ]);
      expect(await isTeachersClass(asha, created.id)).toBe(true);
      expect(await isTeachersClass(meera, created.id)).toBe(false);
    });

    it('refuses empty and overlong class names', async () => {
      expect(await createClass(asha, { name: '   ' })).toMatchObject({ ok: false, code: 'invalid-input', fields: ['name'] });
      expect(await createClass(asha, { name: 'x'.repeat(maxNameLength + 1) })).toMatchObject({ ok: false, code: 'invalid-input' });
      expect(valueOf(await createClass(asha, { name: 'x'.repeat(maxNameLength) })).name).toHaveLength(maxNameLength);
      expect(await createClass(asha, { name: 42 })).toMatchObject({ ok: false, code: 'invalid-input' });
    });

    it('renames, archives, unarchives and regenerates the code of her own class', async () => {
      const created = valueOf(await createClass(asha, { name: 'Evening group' }));
      expect(valueOf(await renameClass(asha, { classId: created.id, name: 'Evening readers' }))).toEqual({ name: 'Evening readers' });
      expect(await renameClass(asha, { classId: created.id, name: '' })).toMatchObject({ ok: false, code: 'invalid-input' });

      expect(valueOf(await setClassArchived(asha, { classId: created.id, archived: true }))).toEqual({ archived: true });
      expect((valueOf(await listTeacherClasses(asha))).find((entry) => entry.id === created.id)?.archived).toBe(true);
      expect(await joinClass(nobody, { code: created.joinCode, displayName: 'Late', address: freshAddress() })).toMatchObject({ ok: false, code: 'archived' });
      expect(valueOf(await setClassArchived(asha, { classId: created.id, archived: false }))).toEqual({ archived: false });
      expect((await joinClass(nobody, { code: created.joinCode, displayName: 'Late', address: freshAddress() })).ok).toBe(true);

      const { joinCode } = valueOf(await regenerateJoinCode(asha, { classId: created.id }));
      expect(joinCode).not.toBe(created.joinCode);
      expect(await joinClass(nobody, { code: created.joinCode, displayName: 'Old code', address: freshAddress() })).toMatchObject({ ok: false, code: 'not-found' });
      const detail = valueOf(await getClassForTeacher(asha, created.id));
      expect(detail).toMatchObject({ name: 'Evening readers', joinCode });
      expect(detail.roster.map((entry) => entry.displayName)).toEqual(['Late']);
    });

    it('deletes her class; its students stay but no longer see it', async () => {
      const created = valueOf(await createClass(asha, { name: 'To delete' }));
      const joined = valueOf(await joinClass(nobody, { code: created.joinCode, displayName: 'Anil', address: freshAddress() }));
      expect(valueOf(await deleteClass(asha, { classId: created.id }))).toEqual({ id: created.id });
      expect(await getClassForTeacher(asha, created.id)).toMatchObject({ ok: false, code: 'not-found' });
      expect(valueOf(await listStudentClasses(asStudent(joined.studentId)))).toEqual([]);
      expect(await deleteClass(asha, { classId: created.id })).toMatchObject({ ok: false, code: 'not-found' });
    });

    it("answers not-found for another teacher's class and for a guessed id, and changes nothing", async () => {
      const ashas = valueOf(await createClass(asha, { name: 'Asha only' }));
      const joined = valueOf(await joinClass(nobody, { code: ashas.joinCode, displayName: 'Sita', address: freshAddress() }));
      for (const classId of [ashas.id, crypto.randomUUID(), '', 'x'.repeat(500)]) {
        expect(await getClassForTeacher(meera, classId)).toMatchObject({ ok: false, code: 'not-found' });
        expect((await renameClass(meera, { classId, name: 'Taken' })).ok).toBe(false);
        expect((await setClassArchived(meera, { classId, archived: true })).ok).toBe(false);
        expect(await regenerateJoinCode(meera, { classId })).toMatchObject({ ok: false, code: 'not-found' });
        expect(await deleteClass(meera, { classId })).toMatchObject({ ok: false, code: 'not-found' });
        expect(await removeStudent(meera, { classId, studentId: joined.studentId })).toMatchObject({ ok: false, code: 'not-found' });
        expect(await resetReentryCode(meera, { classId, studentId: joined.studentId })).toMatchObject({ ok: false, code: 'not-found' });
      }
      expect(await renameClass(meera, { classId: ashas.id, name: 'Taken' })).toMatchObject({ ok: false, code: 'not-found' });
      expect(valueOf(await listTeacherClasses(meera)).map((entry) => entry.id)).not.toContain(ashas.id);
      const untouched = valueOf(await getClassForTeacher(asha, ashas.id));
      expect(untouched).toMatchObject({ name: 'Asha only', joinCode: ashas.joinCode, archived: false });
      expect(untouched.roster.map((entry) => entry.reentryCode)).toEqual([joined.reentryCode]);
    });

    it('refuses every teacher function to a student and to nobody', async () => {
      const ashas = valueOf(await createClass(asha, { name: 'Not for students' }));
      const joined = valueOf(await joinClass(nobody, { code: ashas.joinCode, displayName: 'Kiran', address: freshAddress() }));
      for (const context of [asStudent(joined.studentId), nobody]) {
        const expected = { ok: false, code: 'not-signed-in' };
        expect(await createClass(context, { name: 'Mine' })).toMatchObject(expected);
        expect(await listTeacherClasses(context)).toMatchObject(expected);
        expect(await getClassForTeacher(context, ashas.id)).toMatchObject(expected);
        expect(await renameClass(context, { classId: ashas.id, name: 'Mine' })).toMatchObject(expected);
        expect(await setClassArchived(context, { classId: ashas.id, archived: true })).toMatchObject(expected);
        expect(await deleteClass(context, { classId: ashas.id })).toMatchObject(expected);
        expect(await regenerateJoinCode(context, { classId: ashas.id })).toMatchObject(expected);
        expect(await removeStudent(context, { classId: ashas.id, studentId: joined.studentId })).toMatchObject(expected);
        expect(await resetReentryCode(context, { classId: ashas.id, studentId: joined.studentId })).toMatchObject(expected);
        expect(await isTeachersClass(context, ashas.id)).toBe(false);
      }
      expect(await listStudentClasses(asha)).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(await listStudentClasses(nobody)).toMatchObject({ ok: false, code: 'not-signed-in' });
      expect(valueOf(await getClassForTeacher(asha, ashas.id)).name).toBe('Not for students');
    });

    it('removes a student of her class only; the removed student no longer sees it', async () => {
      const ashas = valueOf(await createClass(asha, { name: 'Morning' }));
      const meeras = valueOf(await createClass(meera, { name: 'Meera morning' }));
      const inAshas = valueOf(await joinClass(nobody, { code: ashas.joinCode, displayName: 'Dev', address: freshAddress() }));
      const inMeeras = valueOf(await joinClass(nobody, { code: meeras.joinCode, displayName: 'Zoya', address: freshAddress() }));

      // A student of another class, named with her own class id, is still not hers.
      expect(await removeStudent(asha, { classId: ashas.id, studentId: inMeeras.studentId })).toMatchObject({ ok: false, code: 'not-found' });
      expect(await removeStudent(asha, { classId: meeras.id, studentId: inMeeras.studentId })).toMatchObject({ ok: false, code: 'not-found' });
      expect(await resetReentryCode(asha, { classId: ashas.id, studentId: inMeeras.studentId })).toMatchObject({ ok: false, code: 'not-found' });
      expect(valueOf(await getClassForTeacher(meera, meeras.id)).roster).toHaveLength(1);

      const dev = asStudent(inAshas.studentId, 'Dev');
      expect(valueOf(await listStudentClasses(dev)).map((entry) => entry.classId)).toEqual([ashas.id]);
      expect(await isStudentOfClass(dev, ashas.id)).toBe(true);
      expect(await isStudentOfClass(dev, meeras.id)).toBe(false);
      expect(await isStudentOfClass(dev, crypto.randomUUID())).toBe(false);
      expect(valueOf(await removeStudent(asha, { classId: ashas.id, studentId: inAshas.studentId }))).toEqual({ studentId: inAshas.studentId });
      expect(valueOf(await listStudentClasses(dev))).toEqual([]);
      expect(await isStudentOfClass(dev, ashas.id)).toBe(false);
      expect(valueOf(await getClassForTeacher(asha, ashas.id)).roster).toEqual([]);
      expect(await removeStudent(asha, { classId: ashas.id, studentId: inAshas.studentId })).toMatchObject({ ok: false, code: 'not-found' });
    });

    it('resets a re-entry code: the old one stops working, the new one signs the student in', async () => {
      const ashas = valueOf(await createClass(asha, { name: 'Reset' }));
      const joined = valueOf(await joinClass(nobody, { code: ashas.joinCode, displayName: 'Neha', address: freshAddress() }));
      expect(valueOf(await reenter(nobody, { code: joined.reentryCode.toLowerCase().replaceAll('-', ' '), address: freshAddress() }))).toEqual({
        studentId: joined.studentId,
        name: 'Neha',
      });
      const { reentryCode } = valueOf(await resetReentryCode(asha, { classId: ashas.id, studentId: joined.studentId }));
      expect(reentryCode).not.toBe(joined.reentryCode);
      expect(await reenter(nobody, { code: joined.reentryCode, address: freshAddress() })).toMatchObject({ ok: false, code: 'not-found' });
      expect(valueOf(await reenter(nobody, { code: reentryCode, address: freshAddress() })).studentId).toBe(joined.studentId);
      expect(valueOf(await getClassForTeacher(asha, ashas.id)).roster[0]?.reentryCode).toBe(reentryCode);
    });

    it('adds a signed-in student to another class with the same account, and joining twice changes nothing', async () => {
      const first = valueOf(await createClass(asha, { name: 'First' }));
      const second = valueOf(await createClass(meera, { name: 'Second' }));
      const joined = valueOf(await joinClass(nobody, { code: first.joinCode, displayName: 'Farah', address: freshAddress() }));
      const farah = asStudent(joined.studentId, 'Farah');
      const again = valueOf(await joinClass(farah, { code: second.joinCode, displayName: 'Farah K', address: freshAddress() }));
      expect(again).toMatchObject({ studentId: joined.studentId, reentryCode: joined.reentryCode, newStudent: false, alreadyMember: false, displayName: 'Farah K' });
      const twice = valueOf(await joinClass(farah, { code: first.joinCode, displayName: 'Someone else', address: freshAddress() }));
      expect(twice).toMatchObject({ studentId: joined.studentId, classId: first.id, alreadyMember: true, displayName: 'Farah' });

      const classes = valueOf(await listStudentClasses(farah));
      expect(classes.map(({ name, teacherName, displayName }) => ({ name, teacherName, displayName }))).toEqual([
        { name: 'First', teacherName: 'Asha Verma', displayName: 'Farah' },
        { name: 'Second', teacherName: 'Meera Iyer', displayName: 'Farah K' },
      ]);
      expect(valueOf(await getClassForTeacher(asha, first.id)).roster).toHaveLength(1);
      // Another student sees none of Farah's classes.
      const other = valueOf(await joinClass(nobody, { code: second.joinCode, displayName: 'Omar', address: freshAddress() }));
      expect(valueOf(await listStudentClasses(asStudent(other.studentId))).map((entry) => entry.classId)).toEqual([second.id]);
    });

    it('refuses empty and overlong display names and empty codes without counting them as guesses', async () => {
      const created = valueOf(await createClass(asha, { name: 'Names' }));
      const address = freshAddress();
      expect(await joinClass(nobody, { code: created.joinCode, displayName: '  ', address })).toMatchObject({ ok: false, code: 'invalid-input', fields: ['displayName'] });
      expect(await joinClass(nobody, { code: created.joinCode, displayName: 'x'.repeat(maxNameLength + 1), address })).toMatchObject({ ok: false, code: 'invalid-input' });
      expect(await joinClass(nobody, { code: '', displayName: 'Ok', address })).toMatchObject({ ok: false, code: 'invalid-input', fields: ['code'] });
      expect(await joinClass(nobody, { code: 'x'.repeat(1000), displayName: 'Ok', address })).toMatchObject({ ok: false, code: 'invalid-input' });
      expect(await joinClass(nobody, {})).toMatchObject({ ok: false, code: 'invalid-input' });
      const [counter] = await database.db.select().from(tables.rateLimit).where(eq(tables.rateLimit.key, `join:address:${address}`));
      expect(counter).toBeUndefined();
      expect(valueOf(await joinClass(nobody, { code: created.joinCode, displayName: 'x'.repeat(maxNameLength), address })).displayName).toHaveLength(maxNameLength);
    });

    it('cuts off guessing join codes after the failure limit, even the right code, per address', async () => {
      const created = valueOf(await createClass(asha, { name: 'Guessed' }));
      const address = freshAddress();
      const wrong = wrongCodeFor(created.joinCode);
      for (let attempt = 1; attempt <= joinFailures.limit; attempt += 1) {
        expect(await joinClass(nobody, { code: attempt % 2 ? wrong : 'not-a-code', displayName: 'Guess', address })).toMatchObject({ ok: false, code: 'not-found' });
      }
      const blocked = await joinClass(nobody, { code: wrong, displayName: 'Guess', address });
      expect(blocked).toMatchObject({ ok: false, code: 'too-many-attempts' });
      expect(blocked.ok === false && blocked.retryAfterSeconds).toBeGreaterThan(0);
      expect(await joinClass(nobody, { code: created.joinCode, displayName: 'Right', address })).toMatchObject({ ok: false, code: 'too-many-attempts' });
      expect(valueOf(await joinClass(nobody, { code: created.joinCode, displayName: 'Elsewhere', address: freshAddress() })).displayName).toBe('Elsewhere');

      const later: ClassroomContext = { ...nobody, now: () => new Date(Date.now() + joinFailures.windowMs + 1_000) };
      expect(valueOf(await joinClass(later, { code: created.joinCode, displayName: 'Later', address })).displayName).toBe('Later');
    });

    it('cuts off guessing re-entry codes after the failure limit', async () => {
      const created = valueOf(await createClass(asha, { name: 'Re-entry guessed' }));
      const joined = valueOf(await joinClass(nobody, { code: created.joinCode, displayName: 'Tara', address: freshAddress() }));
      const address = freshAddress();
      for (let attempt = 1; attempt <= 20; attempt += 1) {
        expect(await reenter(nobody, { code: wrongCodeFor(joined.reentryCode), address })).toMatchObject({ ok: false, code: 'not-found' });
      }
      expect(await reenter(nobody, { code: joined.reentryCode, address })).toMatchObject({ ok: false, code: 'too-many-attempts' });
      expect((await reenter(nobody, { code: joined.reentryCode, address: freshAddress() })).ok).toBe(true);
    });

    it('lets a whole school join from one address: successes are not counted', { timeout: 120_000 }, async () => {
      const created = valueOf(await createClass(asha, { name: 'Whole school' }));
      const address = freshAddress();
      for (let index = 0; index < 200; index += 1) {
        expect((await joinClass(nobody, { code: created.joinCode, displayName: `Student ${index}`, address })).ok).toBe(true);
      }
      expect(valueOf(await listTeacherClasses(asha)).find((entry) => entry.id === created.id)?.studentCount).toBe(200);
      const codes = new Set(valueOf(await getClassForTeacher(asha, created.id)).roster.map((entry) => entry.reentryCode));
      expect(codes.size).toBe(200);
    });
  });
}
