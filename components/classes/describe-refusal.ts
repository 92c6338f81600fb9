import type { TFunction } from 'i18next';
import { maxNameLength, minutesToWait, type Refusal } from '@/lib/classroom';

/** What a refused join, re-entry or class form says to the person, in the page's language. */
export type RefusalSubject = 'join' | 'reenter' | 'class';

function describeField(t: TFunction, subject: RefusalSubject, field: string, typed: Record<string, string>): string {
  if (field === 'code') return t(subject === 'reenter' ? 'errors.reentryMissing' : 'errors.codeMissing');
  if (field === 'displayName') {
    return (typed.displayName ?? '').trim() === '' ? t('errors.nameEmpty') : t('errors.nameTooLong', { max: maxNameLength });
  }
  if (field === 'name') {
    return (typed.name ?? '').trim() === '' ? t('errors.classNameEmpty') : t('errors.classNameTooLong', { max: maxNameLength });
  }
  return t('errors.invalid');
}

export function describeRefusal(t: TFunction, subject: RefusalSubject, refusal: Refusal, typed: Record<string, string> = {}): string[] {
  switch (refusal.code) {
    case 'invalid-input':
      return [...new Set((refusal.fields ?? ['form']).map((field) => describeField(t, subject, field, typed)))];
    case 'not-found':
      if (subject === 'join') return [t('errors.joinNotFound')];
      if (subject === 'reenter') return [t('errors.reentryNotFound')];
      return [t('errors.notFound')];
    case 'archived':
      return [t('errors.archived')];
    case 'too-many-attempts':
      return [t('errors.tooMany', { count: minutesToWait(refusal.retryAfterSeconds) })];
    case 'not-signed-in':
      return [t('errors.notSignedIn')];
    default:
      return [t('errors.invalid')];
  }
}
