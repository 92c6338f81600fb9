/**
 * The meaning an import proposes is only a pointer to the English word, not a meaning: an entry
 * whose meaning still reads so stays unreviewed until a person writes one.
 */
export function writePlaceholderMeaning(source: string, englishExample: string): string {
  return `English “${source}”, as in: ${englishExample}`;
}

const PLACEHOLDER_MEANING = /^English “[^”]*”, as in:/u;

export function isPlaceholderMeaning(meaning: string): boolean {
  return PLACEHOLDER_MEANING.test(meaning.trim());
}
