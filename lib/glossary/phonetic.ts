import {
  DEVANAGARI_CONSONANTS,
  DEVANAGARI_NUKTA_CONSONANTS,
  normalizeText,
  toMatchKey,
  type ArticulationPlace,
} from '@/lib/text';

/**
 * Search keys that forgive the ways one word gets spelt: a learner types "seftee", "safti" or
 * "sefgaard", a writer spells कम्पनी or कंपनी, प्लेटफार्म or प्लेटफॉर्म. Every word of a query and of
 * an entry becomes one or two keys (a Devanagari word: its folded spelling and the Latin key of its
 * romanisation), so that Devanagari and Latin input meet on the same Latin keys.
 */

const DEVANAGARI = /\p{Script=Devanagari}/u;

/** A run of one script's letters, digits and marks: "AIसेफ्टी" is two words, "zarīʿa" one. */
const WORD = /\p{Script=Devanagari}+|(?:(?!\p{Script=Devanagari})[\p{L}\p{M}\p{N}])+/gu;

/** Splits text into the words that are keyed; hyphens, spaces and punctuation separate them. */
export function tokenizeForSearch(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

/** The keys one word is indexed and searched under; none for a word with nothing to key. */
export function toPhoneticKeys(word: string): string[] {
  const keys = DEVANAGARI.test(word)
    ? [toDevanagariKey(word), toLatinKey(romanizeDevanagari(word))]
    : [toLatinKey(word)];
  return [...new Set(keys.filter((key) => key !== ''))];
}

/**
 * A loose key for a word in Latin letters, as a learner types it or as an entry romanises it:
 * no diacritics or case (ṭ = t, ā = a), ee = i and oo = u, ph = f, sh = s, w = v, z = j, q = k,
 * aspiration dropped (kh = k, th = t), a final y as i, and every doubled letter single (aa = a).
 */
export function toLatinKey(word: string): string {
  // Most words are plain ASCII: decomposing them finds no mark to drop.
  const plain = ASCII.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
  return plain
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(LOOSE_SPELLINGS, (spelling) => LOOSE_SPELLING_KEYS[spelling] ?? spelling)
    .replace(/([bcdfgjklmnprstvxy])h+/g, '$1')
    .replace(/y$/, 'i')
    .replace(/(.)\1+/g, '$1');
}

const ASCII = /^[\x00-\x7F]*$/;

const LOOSE_SPELLING_KEYS: Readonly<Record<string, string>> = {
  ph: 'f',
  sh: 's',
  ee: 'i',
  oo: 'u',
  w: 'v',
  z: 'j',
  q: 'k',
};

const LOOSE_SPELLINGS = /ph|sh|ee|oo|[wzq]/g;

const VIRAMA = '\u094D';
const ANUSVARA = '\u0902';
const CANDRABINDU = '\u0901';
const VISARGA = '\u0903';
const NUKTA = '\u093C';

/** Each nasal consonant and the place it shares with the consonants it may stand before as ं. */
const NASAL_PLACES: Readonly<Record<string, ArticulationPlace>> = {
  ङ: 'velar',
  ञ: 'palatal',
  ण: 'retroflex',
  न: 'dental',
  म: 'labial',
};

/** Before a sibilant or ह, न् and म् are as often written ं (संसद, सिंह). */
const SIBILANTS_AND_H = new Set(['श', 'ष', 'स', 'ह']);

const NASAL_BEFORE_CONSONANT = /([ङञणनम])\u094D(?=([\u0915-\u0939]))/g;

/**
 * A Devanagari word's spelling with its common variants folded together: no nukta (ज़रिया =
 * जरिया), ं for a nasal consonant with virama before a consonant of its own place (कम्पनी =
 * कंपनी, फण्ड = फंड), ं for ँ, ा for ॉ (प्लेटफार्म = प्लेटफॉर्म), and the short ि, ु for the long ी, ू.
 */
export function toDevanagariKey(word: string): string {
  return toMatchKey(word)
    .replace(NASAL_BEFORE_CONSONANT, (whole: string, nasal: string, next: string) =>
      isHomorganic(nasal, next) ? ANUSVARA : whole,
    )
    .replace(/\u0901/g, ANUSVARA)
    .replace(/\u0949/g, '\u093E')
    .replace(/\u0911/g, '\u0906')
    .replace(/\u0940/g, '\u093F')
    .replace(/\u0908/g, '\u0907')
    .replace(/\u0942/g, '\u0941')
    .replace(/\u090A/g, '\u0909');
}

function isHomorganic(nasal: string, next: string): boolean {
  if (nasal === next) return false;
  if (NASAL_PLACES[nasal] === DEVANAGARI_CONSONANTS[next]?.[2]) return true;
  return (nasal === 'न' || nasal === 'म') && SIBILANTS_AND_H.has(next);
}

const VOWEL_SIGNS: Readonly<Record<string, string>> = {
  '\u093E': 'ā',
  '\u093F': 'i',
  '\u0940': 'ī',
  '\u0941': 'u',
  '\u0942': 'ū',
  '\u0943': 'ri',
  '\u0944': 'rī',
  '\u0945': 'e',
  '\u0946': 'e',
  '\u0947': 'e',
  '\u0948': 'ai',
  '\u0949': 'o',
  '\u094A': 'o',
  '\u094B': 'o',
  '\u094C': 'au',
};

const INDEPENDENT_VOWELS: Readonly<Record<string, string>> = {
  अ: 'a',
  आ: 'ā',
  इ: 'i',
  ई: 'ī',
  उ: 'u',
  ऊ: 'ū',
  ऋ: 'ri',
  ॠ: 'rī',
  ऍ: 'e',
  ऎ: 'e',
  ए: 'e',
  ऐ: 'ai',
  ऑ: 'o',
  ऒ: 'o',
  ओ: 'o',
  औ: 'au',
};

/** One spoken syllable of a written word: a consonant cluster, its vowel, and a nasal or h after it. */
interface Syllable {
  consonants: { letter: string; roman: string; place: ArticulationPlace }[];
  /** The vowel sounded; '' after a virama or where Hindi drops the inherent a. */
  vowel: string;
  /** True while the vowel is the inherent a, which Hindi often leaves unsaid. */
  inherent: boolean;
  /** ं or ँ ('nasal'), ः ('h'), or nothing. */
  coda: '' | 'nasal' | 'h';
}

/**
 * Romanises a Devanagari word as it is said, so that it meets what a learner types: फंड is "fanḍ",
 * सेफगार्ड "sefgārḍ", कंपनी "kampanī". Hindi leaves the inherent a unsaid at the end of a word and
 * between two sounded syllables (V C a C V, right to left, never next to a cluster or a nasal).
 */
export function romanizeDevanagari(word: string): string {
  const syllables = splitSyllables(normalizeText(word));
  dropSilentInherentVowels(syllables);
  return syllables
    .map((syllable, index) => {
      const consonants = syllable.consonants.map((consonant) => consonant.roman).join('');
      const nextPlace = syllables[index + 1]?.consonants[0]?.place;
      const coda = syllable.coda === 'h' ? 'h' : syllable.coda === 'nasal' ? (nextPlace === 'labial' ? 'm' : 'n') : '';
      return consonants + syllable.vowel + coda;
    })
    .join('');
}

function splitSyllables(word: string): Syllable[] {
  const syllables: Syllable[] = [];
  let afterVirama = false;
  for (const letter of word) {
    const current = syllables.at(-1);
    const consonant = DEVANAGARI_CONSONANTS[letter];
    if (consonant) {
      const sound = { letter, roman: consonant[0], place: consonant[2] };
      if (afterVirama && current) {
        current.consonants.push(sound);
        current.vowel = 'a';
        current.inherent = true;
      } else {
        syllables.push({ consonants: [sound], vowel: 'a', inherent: true, coda: '' });
      }
      afterVirama = false;
    } else if (letter === NUKTA) {
      const last = current?.consonants.at(-1);
      const withNukta = last && DEVANAGARI_NUKTA_CONSONANTS[last.letter];
      if (last && withNukta) last.roman = withNukta[0];
    } else if (letter === VIRAMA) {
      if (current) {
        current.vowel = '';
        current.inherent = false;
      }
      afterVirama = true;
    } else if (VOWEL_SIGNS[letter] !== undefined) {
      if (current) {
        current.vowel = VOWEL_SIGNS[letter];
        current.inherent = false;
      }
      afterVirama = false;
    } else if (INDEPENDENT_VOWELS[letter] !== undefined) {
      syllables.push({ consonants: [], vowel: INDEPENDENT_VOWELS[letter], inherent: false, coda: '' });
      afterVirama = false;
    } else if (letter === ANUSVARA || letter === CANDRABINDU || letter === VISARGA) {
      if (current) current.coda = letter === VISARGA ? 'h' : 'nasal';
      afterVirama = false;
    }
  }
  return syllables;
}

function dropSilentInherentVowels(syllables: Syllable[]): void {
  const last = syllables.at(-1);
  if (syllables.length > 1 && last?.inherent && last.coda === '') silence(last);
  for (let index = syllables.length - 2; index >= 1; index -= 1) {
    const [before, syllable, after] = syllables.slice(index - 1, index + 2);
    if (!before || !syllable || !after) continue;
    const dropped =
      syllable.inherent &&
      syllable.coda === '' &&
      syllable.consonants.length === 1 &&
      before.vowel !== '' &&
      before.coda === '' &&
      after.vowel !== '' &&
      after.consonants.length === 1;
    if (dropped) silence(syllable);
  }
}

function silence(syllable: Syllable): void {
  syllable.vowel = '';
  syllable.inherent = false;
}
