import { normalizeText } from '@/lib/text';
import {
  DEVANAGARI_CONSONANTS,
  DEVANAGARI_NUKTA_CONSONANTS,
  type ArticulationPlace,
  type ConsonantClass,
} from '@/lib/text';
import type { HindiVowel, Sound } from './skeleton';

/** One written sound of a Devanagari word, before and after schwa deletion. */
type Unit =
  | { kind: 'consonant'; roman: string; value: ConsonantClass; place: ArticulationPlace }
  | { kind: 'vowel'; roman: string; value: HindiVowel; inherent: boolean; rhotic: boolean }
  | { kind: 'anusvara' }
  | { kind: 'candrabindu' };

/** Independent vowels and vowel signs: roman, quality; ऋ is r̥, heard as "ri". */
const VOWELS: Record<string, [roman: string, value: HindiVowel]> = {
  अ: ['a', 'a'],
  आ: ['ā', 'A'],
  इ: ['i', 'i'],
  ई: ['ī', 'i'],
  उ: ['u', 'u'],
  ऊ: ['ū', 'u'],
  ऋ: ['r̥', 'i'],
  ए: ['e', 'e'],
  ऐ: ['ai', 'E'],
  ओ: ['o', 'o'],
  औ: ['au', 'U'],
  ऑ: ['ô', 'O'],
  ऍ: ['ê', 'E'],
  'ा': ['ā', 'A'],
  'ि': ['i', 'i'],
  'ी': ['ī', 'i'],
  'ु': ['u', 'u'],
  'ू': ['ū', 'u'],
  'ृ': ['r̥', 'i'],
  'े': ['e', 'e'],
  'ै': ['ai', 'E'],
  'ो': ['o', 'o'],
  'ौ': ['au', 'U'],
  'ॉ': ['ô', 'O'],
  'ॅ': ['ê', 'E'],
};
const VOCALIC_R = new Set(['ऋ', 'ृ']);

const NUKTA = '\u093C';
const VIRAMA = '\u094D';
const ANUSVARA = '\u0902';
const CANDRABINDU = '\u0901';
const VISARGA = '\u0903';

/** Clusters ending in these keep a final schwa: मित्र mitra, वाक्य vākya, विश्व viśva. */
const SCHWA_KEEPING_FINALS = new Set<ConsonantClass>(['y', 'r', 'l', 'v']);

/** Reads a Devanagari word letter by letter, with every inherent schwa written out. */
function readUnits(word: string): Unit[] {
  const chars = Array.from(normalizeText(word));
  const units: Unit[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] as string;
    const plain = DEVANAGARI_CONSONANTS[char];
    if (plain) {
      const withNukta = chars[i + 1] === NUKTA ? DEVANAGARI_NUKTA_CONSONANTS[char] : undefined;
      if (chars[i + 1] === NUKTA) i += 1;
      const [roman, value, place] = withNukta ?? plain;
      units.push({ kind: 'consonant', roman, value, place });
      const next = chars[i + 1];
      if (next === VIRAMA) {
        i += 1;
      } else if (next === undefined || !isVowelSign(next)) {
        units.push({ kind: 'vowel', roman: 'a', value: 'a', inherent: true, rhotic: false });
      }
      continue;
    }
    const vowel = VOWELS[char];
    if (vowel) {
      const [roman, value] = vowel;
      units.push({ kind: 'vowel', roman, value, inherent: false, rhotic: VOCALIC_R.has(char) });
    } else if (char === ANUSVARA) {
      units.push({ kind: 'anusvara' });
    } else if (char === CANDRABINDU) {
      units.push({ kind: 'candrabindu' });
    } else if (char === VISARGA) {
      units.push({ kind: 'consonant', roman: 'ḥ', value: 'h', place: 'other' });
    }
  }
  return units;
}

function isVowelSign(char: string): boolean {
  return char >= '\u093E' && char <= '\u094C';
}

/**
 * Drops the inherent schwas Hindi does not pronounce: word-finally (कमल → kamal) and between a
 * vowel-flanked consonant pair, V C _ C V (सेफगार्ड → sefgārḍ), deciding from right to left.
 */
function deleteSchwas(units: readonly Unit[]): Unit[] {
  const deleted = new Set<number>();
  const isKeptVowel = (index: number): boolean => {
    const unit = units[index];
    return unit?.kind === 'vowel' && !deleted.has(index);
  };
  const vowelCount = units.filter((unit) => unit.kind === 'vowel').length;
  for (let i = units.length - 1; i >= 1; i -= 1) {
    const unit = units[i];
    if (unit?.kind !== 'vowel' || !unit.inherent) continue;
    const next = units[i + 1];
    if (next?.kind === 'vowel' && next.value === 'a') {
      // Before an independent अ the inherent schwa is that same sound: स्टार्टअप is sṭārṭap.
      deleted.add(i);
    } else if (i === units.length - 1) {
      if (vowelCount > 1 && !keepsFinalSchwa(units, i)) deleted.add(i);
    } else if (isDeletableMedialSchwa(units, i, isKeptVowel)) {
      deleted.add(i);
    }
  }
  return units.filter((_, index) => !deleted.has(index));
}

function keepsFinalSchwa(units: readonly Unit[], schwa: number): boolean {
  const last = units[schwa - 1];
  const beforeLast = units[schwa - 2];
  return (
    last?.kind === 'consonant' &&
    beforeLast?.kind === 'consonant' &&
    SCHWA_KEEPING_FINALS.has(last.value)
  );
}

function isDeletableMedialSchwa(
  units: readonly Unit[],
  schwa: number,
  isKeptVowel: (index: number) => boolean,
): boolean {
  const before = units[schwa - 1];
  const after = units[schwa + 1];
  const beforeBefore = units[schwa - 2];
  // An anusvara closes the syllable like a consonant, so कंपनी keeps its schwa: kampanī.
  const leftIsVowel = beforeBefore?.kind === 'vowel' || beforeBefore?.kind === 'candrabindu';
  if (!leftIsVowel || before?.kind !== 'consonant' || after?.kind !== 'consonant') return false;
  // Between two identical consonants the schwa stays audible: बायोटेररिज्म is bāyoṭerarizm.
  if (before.value === after.value) return false;
  return isKeptVowel(schwa + 2);
}

/** The units of a word as pronounced. */
function readPronouncedUnits(word: string): Unit[] {
  return deleteSchwas(readUnits(word));
}

/** Sounds of a Devanagari word for comparison with English, after schwa deletion. */
export function listHindiSounds(word: string): Sound[] {
  return readPronouncedUnits(word).flatMap((unit): Sound[] => {
    switch (unit.kind) {
      case 'consonant':
        return [{ kind: 'consonant', value: unit.value }];
      case 'vowel':
        return unit.rhotic
          ? [
              { kind: 'consonant', value: 'r' },
              { kind: 'vowel', value: 'i' },
            ]
          : [{ kind: 'vowel', value: unit.value }];
      case 'anusvara':
      case 'candrabindu':
        return [{ kind: 'consonant', value: 'N' }];
    }
  });
}

/** True when the word's only vowels are inherent schwas, as in कम or जब. */
export function hasOnlySchwas(word: string): boolean {
  return readPronouncedUnits(word).every((unit) => unit.kind !== 'vowel' || unit.inherent);
}

const NASAL_BY_PLACE: Record<ArticulationPlace, string> = {
  velar: 'ṅ',
  palatal: 'ñ',
  retroflex: 'n',
  dental: 'n',
  labial: 'm',
  other: 'n',
};

/**
 * A readable romanisation (ISO 15919 letters, f for फ, ô for ॉ) with Hindi schwa deletion:
 * कमल → kamal, सेफगार्ड → sefgārḍ. An anusvara before a consonant is written as that consonant's
 * nasal (कंपनी → kampanī, इंजन → iñjan), elsewhere ṃ; a candrabindu is a tilde on its vowel.
 */
export function romanizeHindi(word: string): string {
  const units = readPronouncedUnits(word);
  const parts = units.map((unit, index): string => {
    switch (unit.kind) {
      case 'consonant':
      case 'vowel':
        return unit.roman;
      case 'anusvara': {
        const next = units[index + 1];
        return next?.kind === 'consonant' ? NASAL_BY_PLACE[next.place] : 'ṃ';
      }
      case 'candrabindu':
        return '\u0303';
    }
  });
  return parts.join('').normalize('NFC');
}
