export { fallbackLng, isLng, languageCookie, languageNames, languages, namespaces } from './settings';
export type { Lng, Namespace } from './settings';
export { formatDateTime, intlLocales } from './format';
