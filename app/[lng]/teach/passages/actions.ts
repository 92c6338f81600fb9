'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { isLng, type Lng } from '@/lib/i18n';
import { deleteTeacherPassage } from '@/lib/passages';
import { teacherContext } from '@/app/classroom-context';
import { formText } from '../../form-fields';

export async function deletePassageAction(lng: Lng, formData: FormData): Promise<void> {
  if (!isLng(lng)) return;
  const list = `/${lng}/teach/passages`;
  const outcome = await deleteTeacherPassage(await teacherContext(lng, list), formText(formData, 'id'));
  revalidatePath(list);
  redirect(`${list}?${outcome.ok ? 'deleted=1' : 'failed=1'}`);
}
