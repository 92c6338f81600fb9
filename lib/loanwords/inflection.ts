import { normalizeText } from '@/lib/text';

/**
 * Plural and oblique endings of Hindi nouns, with what the base form ends in instead, longest
 * first. -्स, -ेज and -ीज are the English plural kept in Hindi (सेफगार्ड्स, केसेज).
 */
const INFLECTION_RULES: ReadonlyArray<[ending: string, replacements: readonly string[]]> = [
  ['ियों', ['ी', 'ि']],
  ['ियां', ['ी', 'ि']],
  ['ियाँ', ['ी', 'ि']],
  ['ुओं', ['ु', 'ू']],
  ['ाओं', ['ा']],
  ['ाएं', ['ा']],
  ['ाएँ', ['ा']],
  ['ओं', ['']],
  ['एं', ['']],
  ['एँ', ['']],
  ['ों', ['', 'ा']],
  ['ें', ['']],
  ['्स', ['']],
  ['ेज', ['']],
  ['ीज', ['ी']],
  ['े', ['ा']],
];

/** A stem must keep at least this many letters and signs, so short words are left alone. */
const MIN_STEM_LENGTH = 2;

/**
 * Possible base forms of a Hindi word, by removing one plural or oblique ending (शेयरों → शेयर,
 * कंपनियों → कंपनी, सेफगार्ड्स → सेफगार्ड). The word itself is not included; none when no
 * ending applies.
 */
export function listHindiStems(word: string): string[] {
  const text = normalizeText(word);
  const stems = new Set<string>();
  for (const [ending, replacements] of INFLECTION_RULES) {
    if (!text.endsWith(ending)) continue;
    const stem = text.slice(0, -ending.length);
    if (Array.from(stem).length < MIN_STEM_LENGTH) continue;
    for (const replacement of replacements) stems.add(stem + replacement);
  }
  stems.delete(text);
  return [...stems];
}
