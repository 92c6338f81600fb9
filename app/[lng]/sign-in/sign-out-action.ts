'use server';

import { redirect } from 'next/navigation';
import { signOut } from '@/lib/auth/server';
import { isLng } from '@/lib/i18n';

export async function signOutAction(form: FormData): Promise<void> {
  const lng = form.get('lng');
  await signOut();
  redirect(`/${isLng(lng) ? lng : 'en'}`);
}
