/** The online dictionaries a word card links to, each an address with `{word}` where the word goes. */
export const dictionaryIds = ['shabdkosh', 'wiktionary', 'translate'] as const;
export type DictionaryId = (typeof dictionaryIds)[number];
export type DictionaryTemplates = Record<DictionaryId, string>;

export const wordPlaceholder = '{word}';
export const maxTemplateLength = 500;

export const defaultDictionaryTemplates: DictionaryTemplates = {
  shabdkosh: 'https://www.shabdkosh.com/search-dictionary?lc=hi&sl=hi&tl=en&e={word}',
  wiktionary: 'https://en.wiktionary.org/wiki/{word}#Hindi',
  translate: 'https://translate.google.com/?sl=hi&tl=en&op=translate&text={word}',
};

export type TemplateProblem = 'empty' | 'too-long' | 'no-placeholder' | 'not-address' | 'not-web';

/** Why a template cannot be used, or null when it can: an http(s) address holding `{word}`. */
export function checkDictionaryTemplate(template: string): TemplateProblem | null {
  const trimmed = template.trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > maxTemplateLength) return 'too-long';
  if (!trimmed.includes(wordPlaceholder)) return 'no-placeholder';
  let url: URL;
  try {
    url = new URL(trimmed.replaceAll(wordPlaceholder, 'word'));
  } catch (error) {
    if (error instanceof TypeError) return 'not-address';
    throw error;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'not-web';
}

/** The address of a word in a dictionary; the word is percent-encoded, so it cannot change the address's shape. */
export function dictionaryUrl(template: string, word: string): string {
  return template.trim().replaceAll(wordPlaceholder, encodeURIComponent(word.trim()));
}

/** Templates as stored: each usable one kept, the default for anything missing or broken. */
export function parseDictionaryTemplates(value: unknown): DictionaryTemplates {
  const templates = { ...defaultDictionaryTemplates };
  if (typeof value !== 'object' || value === null) return templates;
  for (const id of dictionaryIds) {
    const stored = (value as Record<string, unknown>)[id];
    if (typeof stored === 'string' && checkDictionaryTemplate(stored) === null) templates[id] = stored.trim();
  }
  return templates;
}
