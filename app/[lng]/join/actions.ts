'use server';

import { redirect } from 'next/navigation';
import { requestAddress, startStudentSession } from '@/lib/auth/server';
import { joinClass, reenter } from '@/lib/classroom/server';
import { getT } from '@/lib/i18n/server';
import { classroomContext } from '@/app/classroom-context';
import { describeRefusal } from '@/components/classes/describe-refusal';
import type { JoinFormState } from '@/components/classes/join-form';
import type { ReenterFormState } from '@/components/classes/reenter-form';
import { formLng, formText } from '../form-fields';

export async function joinAction(_previous: JoinFormState, form: FormData): Promise<JoinFormState> {
  const lng = formLng(form);
  const typed = { code: formText(form, 'code'), displayName: formText(form, 'displayName') };
  const outcome = await joinClass(await classroomContext(), { ...typed, address: await requestAddress() });
  if (!outcome.ok) return { errors: describeRefusal(getT(lng, 'classroom'), 'join', outcome, typed), ...typed, joined: null };
  const { studentId, className, reentryCode, newStudent } = outcome.value;
  if (newStudent) await startStudentSession(studentId);
  return { errors: [], ...typed, joined: { className, reentryCode, newStudent } };
}

export async function reenterAction(_previous: ReenterFormState, form: FormData): Promise<ReenterFormState> {
  const lng = formLng(form);
  const code = formText(form, 'code');
  const outcome = await reenter(await classroomContext(), { code, address: await requestAddress() });
  if (!outcome.ok) return { errors: describeRefusal(getT(lng, 'classroom'), 'reenter', outcome, { code }), code };
  await startStudentSession(outcome.value.studentId);
  redirect(`/${lng}/study`);
}
