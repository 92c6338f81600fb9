import { normalizeText, segmentWords, toMatchKey } from '@/lib/text';
import {
  isDictionaryWord,
  listEnglishPronunciations,
  type EnglishPronunciation,
} from './english-sounds';
import { hasOnlySchwas, listHindiSounds, romanizeHindi } from './hindi-sounds';
import { listHindiStems } from './inflection';
import { compareSounds, countConsonants, type Sound } from './skeleton';
import { isEnglishFunctionWord, isStopWord } from './stop-words';

export { romanizeHindi };

export interface LoanwordCandidate {
  /** Hindi base form: the plural or oblique ending removed. */
  headword: string;
  /** Forms seen in the text, as written. */
  forms: string[];
  /** The English word matched: lower-case unless a proper noun or acronym in the English. */
  source: string;
  /** A readable romanisation of the headword, with schwa deletion: सेफगार्ड → sefgārḍ. */
  romanization: string;
  /** The first sentence pair the word was seen in. */
  example: SentencePair;
  /** Confidence in [0, 1]. */
  score: number;
}

/** Aligned sentences: for a link of several sentences on one side, those sentences joined. */
export interface SentencePair {
  hi: string;
  en: string;
}

export interface DetectOptions {
  /** Hindi forms already in the glossary, skipped; a form of several words skips each word. */
  exclude?: Iterable<string>;
}

/** Minimum similarity for a word of three or more consonants. */
const LONG_WORD_THRESHOLD = 0.7;
/** Words of one or two consonants match by chance, so they need a near-identical sound. */
const SHORT_WORD_THRESHOLD = 0.9;
const SHORT_WORD_CONSONANTS = 2;

/** Spelled-out pronunciations are guesses; lemmas and compounds are one step removed. */
const SOURCE_PENALTY: Record<EnglishPronunciation['source'], number> = {
  dictionary: 0,
  letters: 0,
  compound: 0.02,
  spelling: 0.05,
};
const DERIVED_PENALTY = 0.02;
/** A shorter stem that scores within this of the whole word is preferred, as the base form. */
const STEM_PREFERENCE = 0.03;

const DEVANAGARI_LETTER = /[\u0900-\u0963\u0971-\u097F]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const DIGIT = /\p{N}/u;
const SENTENCE_BREAK = /[.!?:;"“”'‘’()[\]—–-]\s*$/u;

/** Currency signs stand for a word that Hindi spells out: $350 is 350 डॉलर. */
const SYMBOL_WORDS: Record<string, string> = {
  $: 'dollar',
  '€': 'euro',
  '£': 'pound',
  '₹': 'rupee',
  '¥': 'yen',
  '%': 'percent',
};
const SYMBOLS = /[$€£₹¥%]/gu;

/**
 * Letters that spell no English sound (aspirates other than थ and फ, ष, ण, ऋ, visarga) and a
 * final -्य: Sanskrit spelling, so a sound match with them is more likely chance (मध्यम/medium).
 */
const NATIVE_SPELLING = /[धभघझठढछषणञङःृऋ]|्य$/u;
const NATIVE_SPELLING_PENALTY = 0.1;

/** ॉ and ॅ (and ऑ, ऍ) spell English vowels only, so a word that has one is borrowed. */
const ENGLISH_MARKS = /[\u0945\u0949\u090D\u0911]/u;

interface EnglishWord {
  text: string;
  pronunciations: EnglishPronunciation[];
  /** Capitalised and not merely because it opens a sentence. */
  isProperNoun: boolean;
  isAcronym: boolean;
  isFunctionWord: boolean;
}

/** A Hindi word read once: its base-form candidates with their sounds and thresholds. */
interface HindiWord {
  form: string;
  key: string;
  /** The word itself first, then its stems. */
  readings: Array<{ headword: string; sounds: Sound[]; threshold: number }>;
}

interface Match {
  form: string;
  headword: string;
  source: string;
  score: number;
}

interface Accumulated {
  headword: string;
  forms: string[];
  source: string;
  example: SentencePair;
  score: number;
  order: number;
}

/**
 * Finds English loanwords in Hindi sentences by how their words sound against the words of the
 * aligned English sentence. Results are merged by headword, in order of first appearance.
 */
export function detectLoanwords(
  pairs: ReadonlyArray<SentencePair>,
  options: DetectOptions = {},
): LoanwordCandidate[] {
  const excluded = collectExcludedKeys(options.exclude ?? []);
  const byHeadword = new Map<string, Accumulated>();
  const englishCache = new Map<string, EnglishPronunciation[]>();
  const hindiCache = new Map<string, HindiWord | null>();
  const matchCache = new Map<string, Match | null>();
  for (const pair of pairs) {
    const englishWords = readEnglishWords(pair.en, englishCache);
    const hindiWords = listHindiWords(pair.hi)
      .map((form) => readHindiWord(form, hindiCache))
      .filter((word): word is HindiWord => word !== null && !excluded.has(word.key));
    for (const match of matchSentencePair(hindiWords, englishWords, matchCache)) {
      addMatch(byHeadword, match, pair);
    }
  }
  return [...byHeadword.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ headword, forms, source, example, score }) => ({
      headword,
      forms,
      source,
      romanization: romanizeHindi(headword),
      example,
      score: Math.round(score * 1000) / 1000,
    }));
}

/**
 * Pairs Hindi and English words one to one, best match first, so a native word cannot take an
 * English word that a loanword in the same sentence matches better (अंतिम and टीम for team).
 * An English word may serve several Hindi words of one headword (सेफगार्ड, सेफगार्ड्स).
 */
function matchSentencePair(
  hindiWords: readonly HindiWord[],
  englishWords: readonly EnglishWord[],
  cache: Map<string, Match | null>,
): Match[] {
  const edges: Array<{ hindi: number; english: number; match: Match }> = [];
  for (const [hindi, hindiWord] of hindiWords.entries()) {
    for (const [english, word] of englishWords.entries()) {
      const match = matchWords(hindiWord, word, cache);
      if (match) edges.push({ hindi, english, match });
    }
  }
  edges.sort((a, b) => b.match.score - a.match.score || a.hindi - b.hindi);
  const chosen = new Map<number, Match>();
  const englishOwners = new Map<number, string>();
  for (const { hindi, english, match } of edges) {
    const headwordKey = toMatchKey(match.headword);
    const owner = englishOwners.get(english);
    if (chosen.has(hindi) || (owner !== undefined && owner !== headwordKey)) continue;
    chosen.set(hindi, match);
    englishOwners.set(english, headwordKey);
  }
  return [...chosen].sort(([a], [b]) => a - b).map(([, match]) => match);
}

/** Reads a Hindi word once per call; null for a stop word or an inflection of one (लोगों). */
function readHindiWord(form: string, cache: Map<string, HindiWord | null>): HindiWord | null {
  const cached = cache.get(form);
  if (cached !== undefined) return cached;
  const stems = listHindiStems(form);
  let word: HindiWord | null = null;
  if (!isStopWord(form) && !stems.some(isStopWord)) {
    const readings = [form, ...stems].flatMap((headword) => {
      const sounds = listHindiSounds(headword);
      const threshold = chooseThreshold(headword, sounds);
      return threshold === null ? [] : [{ headword, sounds, threshold }];
    });
    word = { form, key: toMatchKey(form), readings };
  }
  cache.set(form, word);
  return word;
}

function collectExcludedKeys(exclude: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const form of exclude) {
    for (const token of segmentWords(normalizeText(form), 'hi')) {
      if (token.isWord) keys.add(toMatchKey(token.text));
    }
  }
  return keys;
}

/** Devanagari words of a Hindi text, as written; numbers and Latin words are left out. */
function listHindiWords(text: string): string[] {
  return segmentWords(normalizeText(text), 'hi')
    .filter((token) => token.isWord && DEVANAGARI_LETTER.test(token.text))
    .filter((token) => !DIGIT.test(token.text))
    .map((token) => token.text);
}

function readEnglishWords(
  text: string,
  cache: Map<string, EnglishPronunciation[]>,
): EnglishWord[] {
  const spelledOut = normalizeText(text).replace(
    SYMBOLS,
    (symbol) => ` ${SYMBOL_WORDS[symbol] ?? ''} `,
  );
  const words: EnglishWord[] = [];
  let previousEnd = 0;
  let isFirstWord = true;
  for (const token of segmentWords(spelledOut, 'en')) {
    if (!token.isWord) continue;
    const gap = spelledOut.slice(previousEnd, token.start);
    const opensSentence = isFirstWord || SENTENCE_BREAK.test(gap);
    previousEnd = token.end;
    isFirstWord = false;
    if (!LATIN_LETTER.test(token.text) || DIGIT.test(token.text)) continue;
    const bare = stripPossessive(token.text);
    const isAcronym = /^[A-Z]{2,}s?$/.test(bare);
    // At a sentence's start only a word the dictionary lacks is taken for a name.
    const isProperNoun = /^\p{Lu}/u.test(bare) && (!opensSentence || !isDictionaryWord(bare));
    let pronunciations = cache.get(token.text);
    if (!pronunciations) {
      pronunciations = listEnglishPronunciations(token.text);
      cache.set(token.text, pronunciations);
    }
    const isFunctionWord = !isProperNoun && isEnglishFunctionWord(token.text);
    words.push({ text: token.text, pronunciations, isProperNoun, isAcronym, isFunctionWord });
  }
  return words;
}

/** How a Hindi word matches one English word, or null when they do not sound alike. */
function matchWords(
  hindiWord: HindiWord,
  word: EnglishWord,
  cache: Map<string, Match | null>,
): Match | null {
  const cacheKey = `${hindiWord.form}\u0000${word.text}\u0000${word.isProperNoun}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const match = findBestMatch(hindiWord, word);
  cache.set(cacheKey, match);
  return match;
}

/** The word itself or one of its stems, preferring the stem (the base form) on a near tie. */
function findBestMatch({ form, readings }: HindiWord, word: EnglishWord): Match | null {
  let formMatch: Match | null = null;
  let stemMatch: Match | null = null;
  for (const { headword, sounds, threshold } of readings) {
    const scored = scoreAgainstWord(headword, sounds, word);
    if (!scored) continue;
    const score = scored.score - (NATIVE_SPELLING.test(headword) ? NATIVE_SPELLING_PENALTY : 0);
    if (score < threshold) continue;
    const match = { form, headword, source: scored.source, score };
    if (headword === form) formMatch = match;
    else if (stemMatch === null || score > stemMatch.score) stemMatch = match;
  }
  if (!stemMatch) return formMatch;
  // Only a removed ending earns the tie: -े → -ा also turns names (शर्लौटे) into non-words.
  const preference = stemMatch.headword.length < form.length ? STEM_PREFERENCE : 0;
  return formMatch === null || stemMatch.score + preference > formMatch.score ? stemMatch : formMatch;
}

/** The similarity a word needs, or null when it is too short to be told from chance. */
function chooseThreshold(word: string, sounds: readonly Sound[]): number | null {
  const consonants = countConsonants(sounds);
  if (consonants > SHORT_WORD_CONSONANTS) return LONG_WORD_THRESHOLD;
  // A short word needs a full vowel to compare: कम and come share only consonants and a schwa.
  if (consonants === 0 || hasOnlySchwas(word)) return null;
  return SHORT_WORD_THRESHOLD;
}

function scoreAgainstWord(
  headword: string,
  sounds: readonly Sound[],
  word: EnglishWord,
): { score: number; source: string } | null {
  if (word.isProperNoun && !word.isAcronym && isRomanizedHindi(headword, word.text)) return null;
  if (word.isFunctionWord && !ENGLISH_MARKS.test(headword)) return null;
  let best: { score: number; source: string } | null = null;
  for (const pronunciation of word.pronunciations) {
    const penalty =
      SOURCE_PENALTY[pronunciation.source] + (pronunciation.derived ? DERIVED_PENALTY : 0);
    const score = compareSounds(sounds, pronunciation.sounds) - penalty;
    if (best === null || score > best.score) {
      best = { score, source: describeSource(word, pronunciation) };
    }
  }
  return best;
}

/** The English word as the candidate's source: its case kept for proper nouns and acronyms. */
function describeSource(word: EnglishWord, pronunciation: EnglishPronunciation): string {
  const bare = stripPossessive(word.text);
  if (word.isAcronym) return bare.replace(/s$/, '');
  if (!word.isProperNoun) return pronunciation.word;
  // The dictionary is lower-case, so a proper noun's lemma gets its capital back: Americans.
  return pronunciation.derived ? capitalize(pronunciation.word) : bare;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, '');
}

/**
 * True when an English name is just the Hindi word romanised (मृणांक / Mrinank, शर्मा / Sharma):
 * an Indian name in the English, not an English word in the Hindi. Letters Hindi keeps for
 * English sounds (ॉ, ॅ) mark a borrowing, so those words are never taken for names.
 */
function isRomanizedHindi(hindi: string, english: string): boolean {
  if (ENGLISH_MARKS.test(hindi)) return false;
  return foldRomanization(romanizeHindi(hindi)) === foldRomanization(stripPossessive(english));
}

/** Folds the ways Indian names are romanised (aa/ā, sh/ś, kh/k, doubled letters) to one. */
function foldRomanization(text: string): string {
  return text
    .replace(/r̥/gu, 'ri')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/ph/g, 'f')
    .replace(/ch/g, 'c')
    .replace(/w/g, 'v')
    .replace(/z/g, 'j')
    .replace(/q/g, 'k')
    .replace(/([bcdgjkpstr])h/g, '$1')
    .replace(/([a-z])\1+/g, '$1');
}

function addMatch(byHeadword: Map<string, Accumulated>, match: Match, pair: SentencePair): void {
  const key = toMatchKey(match.headword);
  const existing = byHeadword.get(key);
  if (!existing) {
    byHeadword.set(key, {
      headword: match.headword,
      forms: [match.form],
      source: match.source,
      example: { hi: pair.hi, en: pair.en },
      score: match.score,
      order: byHeadword.size,
    });
    return;
  }
  if (!existing.forms.includes(match.form)) existing.forms.push(match.form);
  if (match.score > existing.score) {
    existing.score = match.score;
    existing.source = match.source;
  }
}
