import type { ConsonantClass } from '@/lib/text';

export type { ConsonantClass };

/**
 * A coarse phonetic alphabet shared by Hindi and English, and a weighted alignment that says how
 * alike two words sound. Consonants carry the match; vowels only refine it.
 */

/** Hindi vowel qualities: a (schwa), A (ā), i, u, e, E (ai, English æ), o, O (ô), U (au). */
export type HindiVowel = 'a' | 'A' | 'i' | 'u' | 'e' | 'E' | 'o' | 'O' | 'U';

/** ARPAbet vowels (AX, IX: unstressed AH, IH) and, prefixed with '@', a spelling's vowel letters. */
export type EnglishVowel =
  | 'AA' | 'AE' | 'AH' | 'AX' | 'AO' | 'EH' | 'ER' | 'EY' | 'IH' | 'IX' | 'IY' | 'OW' | 'UH' | 'UW'
  | '@a' | '@e' | '@i' | '@o' | '@u';

export type Sound =
  | { kind: 'consonant'; value: ConsonantClass }
  | { kind: 'vowel'; value: HindiVowel | EnglishVowel };

/** Cost of substituting one consonant for another, for the pairs that are closer than unrelated. */
const CONSONANT_NEAR: ReadonlyArray<[ConsonantClass, ConsonantClass, number]> = [
  ['N', 'n', 0],
  ['N', 'm', 0],
  ['j', 'z', 0.1], // ज stands for z when the nukta is left off: रिजाइन, ऑप्टिमाइज
  ['s', 'S', 0.2],
  ['s', 'z', 0.3],
  ['S', 'z', 0.3],
  ['f', 'p', 0.4], // फ is ph as well as f
  // Hindi hears English t/d as retroflex ट/ड and keeps dental त/द for th: a dental is a weak sign.
  ['t', 'T', 0.25],
  ['d', 'D', 0.25],
  ['n', 'm', 0.5],
  ['p', 'b', 0.5],
  ['t', 'd', 0.5],
  ['T', 'D', 0.5],
  ['t', 'D', 0.75],
  ['T', 'd', 0.75],
  ['k', 'g', 0.5],
  ['c', 'j', 0.5],
  ['c', 'S', 0.5],
  ['f', 'v', 0.5],
  ['v', 'b', 0.5],
  ['j', 'S', 0.6],
  ['r', 'l', 0.7],
  ['f', 'b', 0.7],
  ['c', 'k', 0.8],
  ['c', 'T', 0.8],
  ['j', 'D', 0.8],
  ['j', 'y', 0.8],
];
const CONSONANT_FAR = 1.3;

const consonantCosts = new Map<string, number>(
  CONSONANT_NEAR.flatMap(([a, b, cost]) => [
    [`${a}${b}`, cost],
    [`${b}${a}`, cost],
  ]),
);

/** Consonants that English or Hindi often drop or add (glides, h, nasalisation) cost less. */
const CONSONANT_INDEL: Partial<Record<ConsonantClass, number>> = {
  h: 0.5,
  y: 0.25,
  v: 0.6,
  N: 0.5,
};

/**
 * How far an English vowel (row) is from each Hindi vowel (column a A i u e E o O U), from the
 * usual Hindi spellings of English sounds: æ → ै, ɒ/ɔ → ॉ, eɪ → े, ʌ → अ.
 */
const VOWEL_TABLE: Record<EnglishVowel, readonly number[]> = {
  AA: [0.3, 0, 0.5, 0.5, 0.5, 0.4, 0.2, 0, 0.2],
  AE: [0.3, 0.3, 0.5, 0.5, 0.1, 0, 0.5, 0.4, 0.5],
  AH: [0, 0.15, 0.4, 0.3, 0.4, 0.4, 0.3, 0.3, 0.4],
  AX: [0, 0.1, 0.15, 0.15, 0.1, 0.15, 0.1, 0.1, 0.2],
  AO: [0.3, 0.15, 0.5, 0.3, 0.5, 0.5, 0.05, 0, 0],
  EH: [0.3, 0.4, 0.3, 0.5, 0, 0.1, 0.5, 0.5, 0.5],
  ER: [0, 0.2, 0.3, 0.3, 0.2, 0.3, 0.3, 0.3, 0.4],
  EY: [0.4, 0.4, 0.3, 0.5, 0, 0.15, 0.5, 0.5, 0.5],
  IH: [0.25, 0.4, 0, 0.4, 0.2, 0.3, 0.5, 0.5, 0.5],
  IX: [0.15, 0.3, 0, 0.3, 0.1, 0.2, 0.3, 0.3, 0.3],
  IY: [0.4, 0.5, 0, 0.5, 0.25, 0.4, 0.5, 0.5, 0.5],
  OW: [0.35, 0.3, 0.5, 0.25, 0.5, 0.5, 0, 0.1, 0.15],
  UH: [0.2, 0.4, 0.4, 0, 0.5, 0.5, 0.2, 0.3, 0.3],
  UW: [0.4, 0.5, 0.4, 0, 0.5, 0.5, 0.25, 0.35, 0.3],
  '@a': [0.1, 0, 0.4, 0.4, 0.1, 0, 0.3, 0.15, 0.3],
  '@e': [0.2, 0.35, 0.15, 0.4, 0, 0.1, 0.4, 0.4, 0.4],
  '@i': [0.2, 0.2, 0, 0.4, 0.15, 0.3, 0.4, 0.4, 0.4],
  '@o': [0.2, 0.2, 0.4, 0.2, 0.4, 0.4, 0, 0, 0.1],
  '@u': [0.1, 0.2, 0.4, 0, 0.4, 0.4, 0.2, 0.3, 0.3],
};
const HINDI_VOWELS: readonly HindiVowel[] = ['a', 'A', 'i', 'u', 'e', 'E', 'o', 'O', 'U'];
const VOWEL_FAR = 0.5;

/** Vowels that are often written or said differently: the schwa and unstressed English vowels. */
const WEAK_VOWELS = new Set<string>(['a', 'AX', 'IX', 'ER']);

const CONSONANT_WEIGHT = 1;
const VOWEL_WEIGHT = 0.5;
const WEAK_VOWEL_WEIGHT = 0.25;

function isHindiVowel(value: string): value is HindiVowel {
  return (HINDI_VOWELS as readonly string[]).includes(value);
}

function computeVowelCost(hindi: string, english: string): number {
  if (hindi === english) return 0;
  const row = VOWEL_TABLE[english as EnglishVowel] as readonly number[] | undefined;
  if (!row || !isHindiVowel(hindi)) return VOWEL_FAR;
  return row[HINDI_VOWELS.indexOf(hindi)] ?? VOWEL_FAR;
}

/** A glide and its vowel stand for each other: वायरल writes viral's "ai" as ाय. */
const GLIDE_VOWELS: Partial<Record<ConsonantClass, ReadonlySet<string>>> = {
  y: new Set(['i', 'e', 'IH', 'IX', 'IY', 'EY', '@i', '@e']),
  v: new Set(['u', 'o', 'UH', 'UW', 'OW', '@u', '@o']),
};
const GLIDE_COST = 0.3;

function computeGlideCost(consonant: ConsonantClass, vowel: string): number {
  return GLIDE_VOWELS[consonant]?.has(vowel) ? GLIDE_COST : Number.POSITIVE_INFINITY;
}

function computeSubstitutionCost(hindi: Sound, english: Sound): number {
  if (hindi.kind === 'consonant' && english.kind === 'vowel') {
    return computeGlideCost(hindi.value, english.value);
  }
  if (hindi.kind === 'vowel' && english.kind === 'consonant') {
    return computeGlideCost(english.value, hindi.value);
  }
  if (hindi.kind === 'vowel') return computeVowelCost(hindi.value, english.value);
  if (hindi.value === english.value) return 0;
  return consonantCosts.get(`${hindi.value}${english.value}`) ?? CONSONANT_FAR;
}

function computeIndelCost(sound: Sound): number {
  if (sound.kind === 'consonant') return CONSONANT_INDEL[sound.value] ?? CONSONANT_WEIGHT;
  if (sound.value.startsWith('@')) return 0.2;
  return WEAK_VOWELS.has(sound.value) ? 0.15 : 0.3;
}

function weighSound(sound: Sound): number {
  if (sound.kind === 'consonant') return CONSONANT_WEIGHT;
  return WEAK_VOWELS.has(sound.value) ? WEAK_VOWEL_WEIGHT : VOWEL_WEIGHT;
}

/** Total weight of a word's sounds: consonants count fully, vowels half, weak vowels a quarter. */
export function weighSounds(sounds: readonly Sound[]): number {
  return sounds.reduce((total, sound) => total + weighSound(sound), 0);
}

/** Cheapest edit script (Needleman–Wunsch) turning `hindi` into `english`. */
export function alignSounds(hindi: readonly Sound[], english: readonly Sound[]): number {
  const width = english.length + 1;
  let previous = new Float64Array(width);
  let current = new Float64Array(width);
  for (let j = 1; j < width; j += 1) {
    previous[j] = (previous[j - 1] ?? 0) + computeIndelCost(english[j - 1] as Sound);
  }
  for (const hindiSound of hindi) {
    const deleteCost = computeIndelCost(hindiSound);
    current[0] = (previous[0] ?? 0) + deleteCost;
    for (let j = 1; j < width; j += 1) {
      const englishSound = english[j - 1] as Sound;
      current[j] = Math.min(
        (previous[j - 1] ?? 0) + computeSubstitutionCost(hindiSound, englishSound),
        (previous[j] ?? 0) + deleteCost,
        (current[j - 1] ?? 0) + computeIndelCost(englishSound),
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[width - 1] ?? 0;
}

/** Similarity in [0, 1]: one minus the alignment cost over the mean weight of the two words. */
export function compareSounds(hindi: readonly Sound[], english: readonly Sound[]): number {
  const scale = (weighSounds(hindi) + weighSounds(english)) / 2;
  if (scale === 0) return 0;
  return Math.max(0, 1 - alignSounds(hindi, english) / scale);
}

/** The consonant skeleton as a string of class letters, e.g. सेफगार्ड → "sfgrD". */
export function toSkeleton(sounds: readonly Sound[]): string {
  return sounds
    .filter((sound) => sound.kind === 'consonant')
    .map((sound) => sound.value)
    .join('');
}

export function countConsonants(sounds: readonly Sound[]): number {
  return sounds.filter((sound) => sound.kind === 'consonant').length;
}
