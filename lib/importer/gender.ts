/**
 * A first guess at the grammatical gender of a loanword from its Hindi spelling, for a person to
 * check. Hindi gives English nouns ending in -y (बैटरी, पॉलिसी, कंपनी, यूनिवर्सिटी) and in -ing
 * (मीटिंग, ट्रेनिंग) the feminine; most others (फोन, सेक्टर, डेटा) take the masculine.
 */
const FEMININE_ENDINGS: readonly RegExp[] = [
  // -ी, -ई: -y and -ie words, and with them every -टी, -सी, -री, -ली.
  /[ीई]$/u,
  // -िंग, -ींग: -ing.
  /[िी]ंग$/u,
];

/** An initialism (TV → टीवी, IT → आईटी) takes the gender of the noun it stands for, most often masculine. */
const INITIALISM = /^\p{Lu}[\p{Lu}\d.]+$/u;

export type Gender = 'm' | 'f';

export function guessGender(headword: string, source: string): Gender {
  if (INITIALISM.test(source.trim())) return 'm';
  const word = headword.normalize('NFC').trim();
  return FEMININE_ENDINGS.some((ending) => ending.test(word)) ? 'f' : 'm';
}
