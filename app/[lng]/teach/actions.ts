'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/server';
import {
  createClass,
  deleteClass,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  resetReentryCode,
  setClassArchived,
} from '@/lib/classroom/server';
import type { ClassroomContext, Outcome } from '@/lib/classroom';
import { getDb } from '@/lib/db/server';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';
import { describeRefusal } from '@/components/classes/describe-refusal';
import type { ClassNameFormState } from '@/components/classes/class-name-form';
import { formLng, formText } from '../form-fields';

async function contextOf(lng: Lng, returnTo: string): Promise<ClassroomContext> {
  const actor = await getActor();
  if (actor?.role !== 'teacher') redirect(`/${lng}/sign-in?next=${encodeURIComponent(returnTo)}`);
  return { db: await getDb(), actor };
}

const classPath = (lng: Lng, classId: string) => `/${lng}/teach/classes/${encodeURIComponent(classId)}`;

/** A refused button press has no form to show a message in: a class that is not hers is simply not found. */
function settle(outcome: Outcome<unknown>, path: string): void {
  if (!outcome.ok) notFound();
  revalidatePath(path);
}

export async function createClassAction(_previous: ClassNameFormState, form: FormData): Promise<ClassNameFormState> {
  const lng = formLng(form);
  const name = formText(form, 'name');
  const outcome = await createClass(await contextOf(lng, `/${lng}/teach`), { name });
  if (!outcome.ok) return { errors: describeRefusal(getT(lng, 'classroom'), 'class', outcome, { name }), name };
  redirect(classPath(lng, outcome.value.id));
}

export async function renameClassAction(_previous: ClassNameFormState, form: FormData): Promise<ClassNameFormState> {
  const lng = formLng(form);
  const name = formText(form, 'name');
  const classId = formText(form, 'classId');
  const outcome = await renameClass(await contextOf(lng, classPath(lng, classId)), { classId, name });
  if (!outcome.ok) return { errors: describeRefusal(getT(lng, 'classroom'), 'class', outcome, { name }), name };
  revalidatePath(classPath(lng, classId));
  return { errors: [], name: outcome.value.name };
}

export async function setArchivedAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  const classId = formText(form, 'classId');
  const outcome = await setClassArchived(await contextOf(lng, classPath(lng, classId)), { classId, archived: formText(form, 'archived') === 'true' });
  settle(outcome, classPath(lng, classId));
}

export async function deleteClassAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  const classId = formText(form, 'classId');
  const outcome = await deleteClass(await contextOf(lng, classPath(lng, classId)), { classId });
  if (!outcome.ok) notFound();
  revalidatePath(`/${lng}/teach`);
  redirect(`/${lng}/teach`);
}

export async function regenerateJoinCodeAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  const classId = formText(form, 'classId');
  settle(await regenerateJoinCode(await contextOf(lng, classPath(lng, classId)), { classId }), classPath(lng, classId));
  redirect(classPath(lng, classId));
}

export async function removeStudentAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  const classId = formText(form, 'classId');
  const studentId = formText(form, 'studentId');
  settle(await removeStudent(await contextOf(lng, classPath(lng, classId)), { classId, studentId }), classPath(lng, classId));
  redirect(classPath(lng, classId));
}

export async function resetReentryCodeAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  const classId = formText(form, 'classId');
  const studentId = formText(form, 'studentId');
  settle(await resetReentryCode(await contextOf(lng, classPath(lng, classId)), { classId, studentId }), classPath(lng, classId));
  redirect(classPath(lng, classId));
}
