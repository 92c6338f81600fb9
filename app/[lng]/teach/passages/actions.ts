'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/server';
import { getDb } from '@/lib/db/server';
import { isLng, type Lng } from '@/lib/i18n';
import { deleteTeacherPassage } from '@/lib/passages';
import { formText } from '../../form-fields';

export async function deletePassageAction(lng: Lng, formData: FormData): Promise<void> {
  if (!isLng(lng)) return;
  const list = `/${lng}/teach/passages`;
  const actor = await getActor();
  if (actor?.role !== 'teacher') redirect(`/${lng}/sign-in?next=${encodeURIComponent(list)}`);
  const outcome = await deleteTeacherPassage({ db: await getDb(), actor }, formText(formData, 'id'));
  revalidatePath(list);
  redirect(`${list}?${outcome.ok ? 'deleted=1' : 'failed=1'}`);
}
