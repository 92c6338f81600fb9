import { toMatchKey } from '@/lib/text';
import type { GlossaryEntry } from './schema';

/** Folds case, nukta and Latin diacritics so that "sefgard" finds "sefgārḍ". */
export function toSearchKey(text: string): string {
  return toMatchKey(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** Everything a learner might type to find an entry: Devanagari forms, romanisation, English. */
export function buildSearchText(entry: GlossaryEntry): string {
  return [entry.headword, ...entry.forms, entry.romanization, entry.source, ...entry.english, entry.id.replace(/-/g, ' ')]
    .map(toSearchKey)
    .join(' | ');
}
