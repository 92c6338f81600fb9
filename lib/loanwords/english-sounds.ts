import { dictionary } from 'cmu-pronouncing-dictionary';
import { isCommonWord } from './english-names';
import type { ConsonantClass, EnglishVowel, Sound } from './skeleton';

/** Where a pronunciation came from; spelled ones are guesses and weigh less. */
export type PronunciationSource = 'dictionary' | 'letters' | 'compound' | 'spelling';

export interface EnglishPronunciation {
  /** The English word whose sounds these are: the token, or its lemma when `derived`. */
  word: string;
  sounds: Sound[];
  source: PronunciationSource;
  /** True when the sounds are of a lemma (share for shares, resign for resignation). */
  derived: boolean;
}

const ARPABET_CONSONANTS: Record<string, ConsonantClass[]> = {
  B: ['b'],
  CH: ['c'],
  D: ['D'],
  DH: ['d'],
  F: ['f'],
  G: ['g'],
  HH: ['h'],
  JH: ['j'],
  K: ['k'],
  L: ['l'],
  M: ['m'],
  N: ['n'],
  NG: ['N', 'g'],
  P: ['p'],
  R: ['r'],
  S: ['s'],
  SH: ['S'],
  T: ['T'],
  TH: ['t'],
  V: ['v'],
  W: ['v'],
  Y: ['y'],
  Z: ['z'],
  ZH: ['z'],
};

/** Diphthongs become the two vowels Hindi writes for them: AY is ाइ, AW is ाउ. */
const ARPABET_DIPHTHONGS: Record<string, EnglishVowel[]> = {
  AY: ['AA', 'IH'],
  AW: ['AA', 'UH'],
  OY: ['AO', 'IH'],
};

const SIMPLE_VOWELS = new Set([
  'AA', 'AE', 'AH', 'AO', 'EH', 'ER', 'EY', 'IH', 'IY', 'OW', 'UH', 'UW',
]);

function isSimpleVowel(value: string): value is EnglishVowel {
  return SIMPLE_VOWELS.has(value);
}

/** Converts an ARPAbet transcription ("S EY1 F") into sounds. */
export function convertArpabet(transcription: string): Sound[] {
  return transcription.split(' ').flatMap((phone): Sound[] => {
    const base = phone.replace(/\d$/, '');
    const unstressed = phone.endsWith('0');
    const consonants = ARPABET_CONSONANTS[base];
    if (consonants) return consonants.map((value) => ({ kind: 'consonant', value }));
    const diphthong = ARPABET_DIPHTHONGS[base];
    if (diphthong) return diphthong.map((value) => ({ kind: 'vowel', value }));
    if (base === 'ER') {
      return [
        { kind: 'vowel', value: 'ER' },
        { kind: 'consonant', value: 'r' },
      ];
    }
    if (unstressed && base === 'AH') return [{ kind: 'vowel', value: 'AX' }];
    if (unstressed && base === 'IH') return [{ kind: 'vowel', value: 'IX' }];
    return isSimpleVowel(base) ? [{ kind: 'vowel', value: base }] : [];
  });
}

/** Every dictionary transcription of a lower-case word: word, word(2), word(3) … */
export function lookUpDictionary(word: string): string[] {
  const found: string[] = [];
  for (let variant = 1; ; variant += 1) {
    const key = variant === 1 ? word : `${word}(${variant})`;
    // hasOwn, because the dictionary is a plain object and "constructor" is a word.
    if (!Object.hasOwn(dictionary, key)) return found;
    const transcription = dictionary[key];
    if (transcription === undefined) return found;
    found.push(transcription);
  }
}

export function isDictionaryWord(word: string): boolean {
  return Object.hasOwn(dictionary, word.toLowerCase());
}

/** Inflectional and common derivational endings, with what may replace them in the lemma. */
const LEMMA_RULES: ReadonlyArray<[suffix: string, replacements: readonly string[]]> = [
  ['ies', ['y']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ied', ['y']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
  ['ation', ['', 'e', 'ate']],
  ['ment', ['']],
  ['ly', ['']],
];

/** Lemmas of an English word that the dictionary knows, as in shares → share. */
export function listLemmas(word: string): string[] {
  const lemmas = new Set<string>();
  for (const [suffix, replacements] of LEMMA_RULES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    if (suffix === 's' && word.endsWith('ss')) continue;
    const stem = word.slice(0, -suffix.length);
    const candidates = replacements.map((replacement) => stem + replacement);
    // A doubled final consonant is the spelling's, not the lemma's: shipped → ship.
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    for (const candidate of candidates) {
      if (candidate !== word && isDictionaryWord(candidate)) lemmas.add(candidate);
    }
  }
  // The dictionary also holds names and odd spellings (trimm, scor): where the lexicon knows
  // some of the lemmas as common words, only those are taken; it lacks newer words (website).
  const common = [...lemmas].filter(isCommonWord);
  return common.length > 0 ? common : [...lemmas];
}

/** Pronunciations of a word the dictionary lacks, read as two words it has: co + work. */
function listCompoundPronunciations(word: string): Sound[][] {
  const found: Sound[][] = [];
  for (let cut = 2; cut <= word.length - 2; cut += 1) {
    const [head] = lookUpDictionary(word.slice(0, cut));
    const [tail] = lookUpDictionary(word.slice(cut));
    if (head !== undefined && tail !== undefined) {
      found.push([...convertArpabet(head), ...convertArpabet(tail)]);
    }
  }
  return found;
}

/** An acronym read letter by letter, from the dictionary's letter names ("t." is T IY1). */
function readLetters(acronym: string): Sound[] | null {
  const sounds: Sound[] = [];
  for (const letter of acronym.toLowerCase()) {
    const [name] = lookUpDictionary(`${letter}.`);
    if (name === undefined) return null;
    sounds.push(...convertArpabet(name));
  }
  return sounds;
}

const SPELLED_VOWELS: Record<string, EnglishVowel> = {
  a: '@a',
  e: '@e',
  i: '@i',
  o: '@o',
  u: '@u',
  y: '@i',
};

const SHUN: Sound[] = [
  { kind: 'consonant', value: 'S' },
  { kind: 'vowel', value: 'AX' },
  { kind: 'consonant', value: 'n' },
];

/** Letter groups read as one sound, longest first; a few vowel pairs have a usual reading. */
const SPELLING_GROUPS: ReadonlyArray<[letters: string, sounds: Sound[]]> = [
  ['tion', SHUN],
  ['sion', SHUN],
  ['tch', [{ kind: 'consonant', value: 'c' }]],
  ['ch', [{ kind: 'consonant', value: 'c' }]],
  ['sh', [{ kind: 'consonant', value: 'S' }]],
  ['ph', [{ kind: 'consonant', value: 'f' }]],
  ['th', [{ kind: 'consonant', value: 't' }]],
  ['ck', [{ kind: 'consonant', value: 'k' }]],
  ['qu', [{ kind: 'consonant', value: 'k' }, { kind: 'consonant', value: 'v' }]],
  ['wh', [{ kind: 'consonant', value: 'v' }]],
  ['ng', [{ kind: 'consonant', value: 'N' }, { kind: 'consonant', value: 'g' }]],
  ['gh', []],
  ['x', [{ kind: 'consonant', value: 'k' }, { kind: 'consonant', value: 's' }]],
  ['ee', [{ kind: 'vowel', value: 'IY' }]],
  ['ea', [{ kind: 'vowel', value: 'IY' }]],
  ['oo', [{ kind: 'vowel', value: 'UW' }]],
  ['ai', [{ kind: 'vowel', value: 'EY' }]],
  ['ay', [{ kind: 'vowel', value: 'EY' }]],
  ['au', [{ kind: 'vowel', value: 'AO' }]],
  ['aw', [{ kind: 'vowel', value: 'AO' }]],
  ['oa', [{ kind: 'vowel', value: 'OW' }]],
];

const SPELLED_CONSONANTS: Record<string, ConsonantClass> = {
  b: 'b',
  d: 'D',
  f: 'f',
  h: 'h',
  j: 'j',
  k: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
  p: 'p',
  q: 'k',
  r: 'r',
  s: 's',
  t: 'T',
  v: 'v',
  w: 'v',
  z: 'z',
};

const FRONT_VOWEL_LETTER = /^[eiy]/;
const VOWEL_LETTER = /^[aeiouy]/;

/** A rough reading of an English spelling, for words the dictionary does not have. */
export function readSpelling(word: string): Sound[] {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  // A final e after a consonant is silent: Claude, engine.
  const text = /[^aeiouy]e$/.test(letters) && letters.length > 3 ? letters.slice(0, -1) : letters;
  const sounds: Sound[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const group = SPELLING_GROUPS.find(([groupLetters]) => rest.startsWith(groupLetters));
    if (group) {
      pushSounds(sounds, group[1]);
      i += group[0].length;
      continue;
    }
    const letter = rest[0] as string;
    const after = rest.slice(1);
    const beforeFrontVowel = FRONT_VOWEL_LETTER.test(after);
    if (letter === 'c') {
      pushSounds(sounds, [{ kind: 'consonant', value: beforeFrontVowel ? 's' : 'k' }]);
    } else if (letter === 'g') {
      pushSounds(sounds, [{ kind: 'consonant', value: beforeFrontVowel ? 'j' : 'g' }]);
    } else if (letter === 'y' && (i === 0 || VOWEL_LETTER.test(after))) {
      pushSounds(sounds, [{ kind: 'consonant', value: 'y' }]);
    } else {
      const vowel = SPELLED_VOWELS[letter];
      const consonant = SPELLED_CONSONANTS[letter];
      if (vowel) pushSounds(sounds, [{ kind: 'vowel', value: vowel }]);
      else if (consonant) pushSounds(sounds, [{ kind: 'consonant', value: consonant }]);
    }
    i += 1;
  }
  return sounds;
}

/** Appends sounds, writing a doubled consonant once: letter → l e t r. */
function pushSounds(sounds: Sound[], added: readonly Sound[]): void {
  for (const sound of added) {
    const last = sounds.at(-1);
    if (sound.kind === 'consonant' && last?.kind === 'consonant' && last.value === sound.value) {
      continue;
    }
    sounds.push(sound);
  }
}

const ACRONYM = /^[A-Z]{2,5}s?$/;
const POSSESSIVE = /['’]s$/;

/**
 * Ways an English word may sound: its dictionary transcriptions, those of its lemmas, an
 * acronym's letter names, a compound's parts when the dictionary lacks the word, and its spelling.
 */
export function listEnglishPronunciations(token: string): EnglishPronunciation[] {
  const bare = token.replace(POSSESSIVE, '');
  const word = bare.toLowerCase();
  const found: EnglishPronunciation[] = [];
  if (ACRONYM.test(bare)) {
    const sounds = readLetters(bare.replace(/s$/, ''));
    if (sounds) found.push({ word: bare, sounds, source: 'letters', derived: false });
  }
  const transcriptions = lookUpDictionary(word);
  for (const transcription of transcriptions) {
    const sounds = convertArpabet(transcription);
    found.push({ word, sounds, source: 'dictionary', derived: false });
  }
  for (const lemma of listLemmas(word)) {
    for (const transcription of lookUpDictionary(lemma)) {
      const sounds = convertArpabet(transcription);
      found.push({ word: lemma, sounds, source: 'dictionary', derived: true });
    }
  }
  if (transcriptions.length === 0) {
    for (const sounds of listCompoundPronunciations(word)) {
      found.push({ word, sounds, source: 'compound', derived: false });
    }
  }
  found.push({ word, sounds: readSpelling(word), source: 'spelling', derived: false });
  return found;
}
