'use server';

import { redirect } from 'next/navigation';
import { signOut } from '@/lib/auth/server';
import { formLng } from '../form-fields';

export async function signOutAction(form: FormData): Promise<void> {
  const lng = formLng(form);
  await signOut();
  redirect(`/${lng}`);
}
