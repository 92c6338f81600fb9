export const languages = ['en', 'hi'] as const;
export type Lng = (typeof languages)[number];
export const fallbackLng: Lng = 'en';

export const namespaces = ['common', 'library', 'reader', 'glossary', 'import', 'account', 'classroom', 'assignments', 'review',
  'reveal', 'romanize', 'listen', 'words', 'mywords', 'practice', 'print'] as const;
export type Namespace = (typeof namespaces)[number];

/** Remembers the reader's interface language between visits. */
export const languageCookie = 'sahpath_lng';

export const languageNames: Record<Lng, string> = { en: 'English', hi: 'हिन्दी' };

export function isLng(value: unknown): value is Lng {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
