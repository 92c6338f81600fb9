import { DEVANAGARI_CONSONANTS } from '@/lib/text';

/**
 * Consonant skeletons: a name or loanword written in Devanagari and its English source keep the
 * same consonants in order (सेफगार्ड and "safeguard" both give "sfgrd"). Vowels, y and a
 * non-initial h are dropped on both sides because transliteration varies most there.
 * Hand-written, as no npm package maps Devanagari loanwords to their English spelling.
 */

/**
 * Devanagari consonants (without nukta, which `toMatchKey` removes) to a coarser Latin class than
 * the detector's: retroflex and dental, s and sh, and nasals fall together, and y counts as a vowel.
 */
const SKELETON_CONSONANTS: ReadonlyMap<string, string> = new Map(
  Object.entries(DEVANAGARI_CONSONANTS)
    .filter(([, [, value]]) => value !== 'y')
    .map(([letter, [, value]]) => [letter, value.toLowerCase()]),
);

const ANUSVARA = 'ं';
/** Anusvara sounds as m before a labial (कंपनी "company"), as n elsewhere. */
const LABIALS = new Set(['p', 'f', 'b', 'm']);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Shortest skeleton worth comparing: two consonants match far too many unrelated words. */
export const MIN_SKELETON_LENGTH = 3;

/** Consonant skeleton of one Devanagari word that has already been through `toMatchKey`. */
export function toDevanagariSkeleton(word: string): string {
  let skeleton = '';
  for (let index = 0; index < word.length; index += 1) {
    const char = word[index] as string;
    if (char === ANUSVARA) {
      skeleton += LABIALS.has(findNextDevanagariClass(word, index + 1)) ? 'm' : 'n';
      continue;
    }
    const latin = SKELETON_CONSONANTS.get(char);
    if (latin === undefined) continue;
    // Like English, only a word-initial h survives (व्हाइट "white", but होम "home").
    if (latin === 'h' && index > 0) continue;
    skeleton += latin;
  }
  return collapseRepeats(skeleton);
}

/** Consonant skeleton of one lower-case English word, with digraphs read as Hindi writes them. */
export function toEnglishSkeleton(word: string): string {
  let skeleton = '';
  let index = 0;
  while (index < word.length) {
    const [latin, used] = readEnglishConsonant(word, index);
    skeleton += latin;
    index += used;
  }
  return collapseRepeats(skeleton);
}

/**
 * Keys under which a skeleton is indexed. Every skeleton has its exact key; one of four or more
 * consonants also has fuzzy keys, itself and each skeleton one consonant shorter, so two long
 * skeletons at most one edit apart share a fuzzy key. Short ones must match exactly: one edit
 * on three consonants turns many common Hindi words into some English word.
 */
export function listSkeletonKeys(skeleton: string): string[] {
  if (skeleton.length < MIN_SKELETON_LENGTH) return [];
  const keys = [skeleton];
  if (skeleton.length <= MIN_SKELETON_LENGTH) return keys;
  keys.push(`~${skeleton}`);
  for (let index = 0; index < skeleton.length; index += 1) {
    keys.push(`~${skeleton.slice(0, index)}${skeleton.slice(index + 1)}`);
  }
  return keys;
}

/** Latin letters by the Devanagari spelling of their names (after `toMatchKey`): एफ F, एच H. */
const LETTER_NAMES: ReadonlyMap<string, string> = new Map([
  ['ए', 'a'], ['बी', 'b'], ['सी', 'c'], ['डी', 'd'], ['ई', 'e'], ['एफ', 'f'], ['जी', 'g'],
  ['एच', 'h'], ['आई', 'i'], ['जे', 'j'], ['के', 'k'], ['एल', 'l'], ['एम', 'm'], ['एन', 'n'],
  ['ओ', 'o'], ['पी', 'p'], ['क्यू', 'q'], ['आर', 'r'], ['एस', 's'], ['टी', 't'], ['यू', 'u'],
  ['वी', 'v'], ['डब्ल्यू', 'w'], ['एक्स', 'x'], ['वाई', 'y'], ['जेड', 'z'],
]);
const LONGEST_LETTER_NAME = 7;

/**
 * The Latin acronym a Devanagari word spells letter by letter (एआई "ai", बीबीसी "bbc"), or
 * undefined unless the whole word reads as at least two letter names.
 */
export function readDevanagariAcronym(word: string): string | undefined {
  let letters = '';
  let index = 0;
  while (index < word.length) {
    let length = Math.min(LONGEST_LETTER_NAME, word.length - index);
    while (length > 0 && !LETTER_NAMES.has(word.slice(index, index + length))) length -= 1;
    if (length === 0) return undefined;
    letters += LETTER_NAMES.get(word.slice(index, index + length)) as string;
    index += length;
  }
  return letters.length >= 2 ? letters : undefined;
}

function findNextDevanagariClass(word: string, from: number): string {
  for (let index = from; index < word.length; index += 1) {
    const latin = SKELETON_CONSONANTS.get(word[index] as string);
    if (latin !== undefined) return latin;
  }
  return '';
}

/** The class letters for the English consonant (or digraph) at `index`, and letters consumed. */
function readEnglishConsonant(word: string, index: number): [string, number] {
  const char = word[index] as string;
  const next = word[index + 1] ?? '';
  const afterNext = word[index + 2] ?? '';
  if (VOWELS.has(char)) return ['', 1];
  switch (char) {
    case 'p':
      return next === 'h' ? ['f', 2] : ['p', 1];
    case 't':
      if (next === 'h') return ['t', 2];
      if (next === 'c' && afterNext === 'h') return ['c', 3];
      // "-tion", "-tial" are said with sh: स्टेशन "station".
      return index > 0 && next === 'i' && VOWELS.has(afterNext) ? ['s', 1] : ['t', 1];
    case 's':
      return next === 'h' ? ['s', 2] : ['s', 1];
    case 'c':
      if (next === 'h') return ['c', 2];
      if (next === 'k') return ['k', 2];
      return next === 'e' || next === 'i' || next === 'y' ? ['s', 1] : ['k', 1];
    case 'g':
      // "gh" is silent after a vowel (नाइट "night"), hard at the start (घोस्ट "ghost").
      if (next === 'h') return index === 0 ? ['g', 2] : ['', 2];
      return next === 'e' || next === 'i' || next === 'y' ? ['j', 1] : ['g', 1];
    case 'k':
      return index === 0 && next === 'n' ? ['', 1] : ['k', 1];
    case 'q':
      return next === 'u' ? ['kv', 2] : ['k', 1];
    case 'x':
      return ['ks', 1];
    case 'w':
      if (next === 'h') return ['v', 2];
      if (index === 0 && next === 'r') return ['', 1];
      // After a vowel w only colours the vowel ("new", "Lowe").
      return index === 0 || VOWELS.has(next) ? ['v', 1] : ['', 1];
    case 'h':
      return index === 0 ? ['h', 1] : ['', 1];
    case 'z':
      return ['j', 1];
    default:
      return [char, 1];
  }
}

function collapseRepeats(skeleton: string): string {
  let collapsed = '';
  for (const char of skeleton) {
    if (char !== collapsed.at(-1)) collapsed += char;
  }
  return collapsed;
}
