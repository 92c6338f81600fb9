import 'server-only';
import { getActor, requireTeacher } from '@/lib/auth/server';
import type { TeacherActor } from '@/lib/auth';
import type { ClassroomContext } from '@/lib/classroom';
import { getDb } from '@/lib/db/server';

/** Whoever is signed in on this request, with the database; the data layer decides what they may do. */
export async function classroomContext(): Promise<ClassroomContext> {
  const [db, actor] = await Promise.all([getDb(), getActor()]);
  return { db, actor };
}

/** The signed-in teacher with the database, or a redirect to sign in that comes back to `returnTo`. */
export async function teacherContext(lng: string, returnTo: string): Promise<ClassroomContext & { actor: TeacherActor }> {
  const [db, actor] = await Promise.all([getDb(), requireTeacher(lng, returnTo)]);
  return { db, actor };
}
