'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import {
  createClass,
  deleteClass,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  resetReentryCode,
  setClassArchived,
} from '@/lib/classroom/server';
import type { Outcome } from '@/lib/classroom';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';
import { describeRefusal } from '@/components/classes/describe-refusal';
import type { ClassNameFormState } from '@/components/classes/class-name-form';
import { teacherContext } from '@/app/classroom-context';
import { formLng, formText } from '../form-fields';

const classPath = (lng: Lng, classId: string) => `/${lng}/teach/classes/${encodeURIComponent(classId)}`;

/** A refused button press has no form to show a message in: a class that is not hers is simply not found. */
function settle(outcome: Outcome<unknown>, path: string): void {
  if (!outcome.ok) notFound();
  revalidatePath(path);
}

export async function createClassAction(_previous: ClassNameFormState, form: FormData): Promise<ClassNameFormState> {
  const lng = formLng(form);
  const name = formText(form, 'name');
  const outcome = await createClass(await teacherContext(lng, `/${lng}/teach`), { name });
  if (!outcome.ok) return { errors: describeRefusal(getT(lng, 'classroom'), 'class', outcome, { name }), name };
  redirect(classPath(lng, outcome.value.id));
}

export async function renameClassAction(_previous: ClassNameFormState, form: FormData): Promise<ClassNameFormState> {
  const lng = formLng(form);
  const name = formText(form, 'name');
  const classId = formText(form, 'classId');
  const outcome = await renameClass(await teacherContext(lng, classPath(lng, classId)), { classId, name });
  if (!outcome.ok) return { errors: describeRefusal(getT(lng, 'classroom'), 'class', outcome, { name }), name };
  revalidatePath(classPath(lng, classId));
  return { errors: [], name: outcome.value.name };
}

export async function setArchivedAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  const classId = formText(form, 'classId');
  const outcome = await setClassArchived(await teacherContext(lng, classPath(lng, classId)), { classId, archived: formText(form, 'archived') === 'true' });
  settle(outcome, classPath(lng, classId));
}

export async function deleteClassAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  const classId = formText(form, 'classId');
  const outcome = await deleteClass(await teacherContext(lng, classPath(lng, classId)), { classId });
  if (!outcome.ok) notFound();
  revalidatePath(`/${lng}/teach`);
  redirect(`/${lng}/teach`);
}

export async function regenerateJoinCodeAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  const classId = formText(form, 'classId');
  settle(await regenerateJoinCode(await teacherContext(lng, classPath(lng, classId)), { classId }), classPath(lng, classId));
  redirect(classPath(lng, classId));
}

export async function removeStudentAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  const classId = formText(form, 'classId');
  const studentId = formText(form, 'studentId');
  settle(await removeStudent(await teacherContext(lng, classPath(lng, classId)), { classId, studentId }), classPath(lng, classId));
  redirect(classPath(lng, classId));
}

export async function resetReentryCodeAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  const classId = formText(form, 'classId');
  const studentId = formText(form, 'studentId');
  settle(await resetReentryCode(await teacherContext(lng, classPath(lng, classId)), { classId, studentId }), classPath(lng, classId));
  redirect(classPath(lng, classId));
}
