'use server';

import { redirect } from 'next/navigation';
import { getActor, requestAddress, startStudentSession } from '@/lib/auth/server';
import { joinClass, reenter } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n';
import { describeRefusal } from '@/components/classes/describe-refusal';
import type { JoinFormState } from '@/components/classes/join-form';
import type { ReenterFormState } from '@/components/classes/reenter-form';

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function lngOf(form: FormData): Lng {
  const lng = text(form, 'lng');
  return isLng(lng) ? lng : 'en';
}

export async function joinAction(_previous: JoinFormState, form: FormData): Promise<JoinFormState> {
  const lng = lngOf(form);
  const typed = { code: text(form, 'code'), displayName: text(form, 'displayName') };
  const context = { db: await getDb(), actor: await getActor() };
  const outcome = await joinClass(context, { ...typed, address: await requestAddress() });
  if (!outcome.ok) return { errors: describeRefusal(getT(lng, 'classroom'), 'join', outcome, typed), ...typed, joined: null };
  const { studentId, className, reentryCode, newStudent } = outcome.value;
  if (newStudent) await startStudentSession(studentId);
  return { errors: [], ...typed, joined: { className, reentryCode, newStudent } };
}

export async function reenterAction(_previous: ReenterFormState, form: FormData): Promise<ReenterFormState> {
  const lng = lngOf(form);
  const code = text(form, 'code');
  const outcome = await reenter({ db: await getDb(), actor: await getActor() }, { code, address: await requestAddress() });
  if (!outcome.ok) return { errors: describeRefusal(getT(lng, 'classroom'), 'reenter', outcome, { code }), code };
  await startStudentSession(outcome.value.studentId);
  redirect(`/${lng}/study`);
}
