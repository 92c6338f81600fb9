import { isLng, type Lng } from '@/lib/i18n';

/** A form field as typed; a field that is missing, or a file, reads as empty. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** The page language a form carries in its hidden `lng` field; English when it names none. */
export function formLng(form: FormData): Lng {
  const lng = formText(form, 'lng');
  return isLng(lng) ? lng : 'en';
}
