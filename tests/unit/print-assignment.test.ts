import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth';
import type { ClassroomContext } from '@/lib/classroom';
import { tables, type OpenDatabase } from '@/lib/db';
import { getAssignmentWorksheetSource } from '@/lib/print/server';
import { databaseTargets } from '../support/databases';

const slug = 'anthropic-safeguards-head-resigns';
const teacher: Actor = { role: 'teacher', userId: 'teacher-asha', name: 'Asha', email: 'asha@example.org' };
const otherTeacher: Actor = { role: 'teacher', userId: 'teacher-bela', name: 'Bela', email: 'bela@example.org' };
const student: Actor = { role: 'student', userId: 'student-ravi', name: 'Ravi' };

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`an assignment's worksheet source on ${target.name}`, () => {
    let database: OpenDatabase;
    const as = (actor: Actor | null): ClassroomContext => ({ db: database.db, actor });

    beforeAll(async () => {
      database = await target.open();
      const { db } = database;
      await db.insert(tables.user).values([
        { id: teacher.userId, name: 'Asha', email: 'asha@example.org', role: 'teacher' },
        { id: otherTeacher.userId, name: 'Bela', email: 'bela@example.org', role: 'teacher' },
        { id: student.userId, name: 'Ravi', email: 'ravi@students.invalid', role: 'student' },
      ]);
      await db.insert(tables.student).values({ userId: student.userId, reentryCode: 'CODE-0' });
      await db.insert(tables.classroom).values([
        { id: 'class-a', teacherId: teacher.userId, name: 'Hindi 2', joinCode: 'JOIN-A' },
        { id: 'class-b', teacherId: otherTeacher.userId, name: 'Hindi 3', joinCode: 'JOIN-B' },
      ]);
      await db.insert(tables.enrolment).values({ classId: 'class-a', studentId: student.userId, displayName: 'Ravi' });
      const base = { passageSource: 'library' as const, passageRef: slug, firstSentence: 8, lastSentence: 11, tasks: { read: true, translate: null, quiz: false } };
      await db.insert(tables.assignment).values([
        { id: 'assignment-a', classId: 'class-a', title: 'Resignation', ...base },
        { id: 'assignment-b', classId: 'class-b', title: 'Other', ...base },
        { id: 'assignment-gone', classId: 'class-a', title: 'Gone', ...base, passageRef: 'no-such-passage' },
      ]);
    }, 60_000);

    afterAll(async () => database?.close());

    it('gives the class’s teacher the assignment’s range, its passage and the glossary it links to', async () => {
      const found = await getAssignmentWorksheetSource(as(teacher), 'assignment-a');
      if (!found.ok) throw new Error(`refused: ${found.code}`);
      expect(found.value.assignment).toEqual({
        id: 'assignment-a',
        title: 'Resignation',
        className: 'Hindi 2',
        range: { firstSentence: 8, lastSentence: 11 },
      });
      expect(found.value.passage.slug).toBe(slug);
      expect(found.value.entries.length).toBeGreaterThan(0);
    });

    it('answers not-found for another teacher’s assignment, a student, a missing passage and a bad id', async () => {
      expect(await getAssignmentWorksheetSource(as(teacher), 'assignment-b')).toEqual({ ok: false, code: 'not-found' });
      expect(await getAssignmentWorksheetSource(as(otherTeacher), 'assignment-a')).toEqual({ ok: false, code: 'not-found' });
      expect(await getAssignmentWorksheetSource(as(student), 'assignment-a')).toEqual({ ok: false, code: 'not-found' });
      expect(await getAssignmentWorksheetSource(as(teacher), 'assignment-gone')).toEqual({ ok: false, code: 'not-found' });
      expect(await getAssignmentWorksheetSource(as(teacher), 'x'.repeat(101))).toEqual({ ok: false, code: 'not-found' });
      expect(await getAssignmentWorksheetSource(as(null), 'assignment-a')).toEqual({ ok: false, code: 'not-signed-in' });
    });
  });
}
