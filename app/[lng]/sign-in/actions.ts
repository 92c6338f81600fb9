'use server';

import { redirect } from 'next/navigation';
import { safeNextPath, signInTeacher, signUpTeacher } from '@/lib/auth/server';
import { getT } from '@/lib/i18n/server';
import type { AccountFormState } from '@/components/account/account-form';
import { formLng, formText } from '../form-fields';
import { describeAuthProblem } from './describe-auth-problem';

function fieldsOf(form: FormData) {
  const text = (name: string) => formText(form, name);
  return { lng: formLng(form), next: text('next'), name: text('name'), email: text('email').trim(), password: text('password') };
}

export async function signInAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const fields = fieldsOf(form);
  const { lng } = fields;
  const result = await signInTeacher({ email: fields.email, password: fields.password });
  if (!result.ok) return { errors: describeAuthProblem(getT(lng, 'account'), result.problem), email: fields.email, name: '' };
  redirect(safeNextPath(fields.next, `/${lng}/teach`));
}

export async function signUpAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const fields = fieldsOf(form);
  const { lng } = fields;
  const result = await signUpTeacher({ name: fields.name, email: fields.email, password: fields.password });
  if (!result.ok) return { errors: describeAuthProblem(getT(lng, 'account'), result.problem), email: fields.email, name: fields.name };
  redirect(safeNextPath(fields.next, `/${lng}/teach`));
}
