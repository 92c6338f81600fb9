import { toMatchKey } from '@/lib/text';
import {
  listSkeletonKeys,
  MIN_SKELETON_LENGTH,
  readDevanagariAcronym,
  toDevanagariSkeleton,
  toEnglishSkeleton,
} from './skeleton';

/**
 * What a Hindi and an English sentence can visibly share: numbers, Latin-script words inside the
 * Hindi, and Devanagari names or loanwords whose consonant skeleton matches an English word.
 * Every feature is an English-side type (a word, number or acronym) that occurs on both sides.
 */
export interface DocumentFeatures {
  /** Distinct feature ids of each sentence. */
  hi: Int32Array[];
  en: Int32Array[];
  /** Evidence a shared feature gives, by feature id. */
  weights: Float64Array;
  /** Sentences holding each feature, ascending, by feature id. */
  hiPostings: Int32Array[];
  enPostings: Int32Array[];
  /** The English word, "#" and a number, or "^" and an acronym, of each feature id. */
  names: string[];
}

const DEVANAGARI_DIGIT_ZERO = 0x0966;
const DEVANAGARI_DIGITS = /[०-९]/g;
/** Digits with thousands (1,000) or lakh (1,00,000) separators and a decimal part. */
const NUMBER = /\d+(?:[.,]\d+)*/g;
const ENGLISH_WORD = /[A-Za-z]+/g;
const ACRONYM = /^[A-Z]{2,5}$/;
const DOTTED_LATIN_ACRONYM = /\b(?:[A-Z]\.){2,}/g;
/** "यू.एस.", "ए.आई.": letter names joined by full stops. */
const DOTTED_DEVANAGARI_ACRONYM = /(?:[\u0900-\u0963\u0971-\u097F]{1,7}\.){2,}/g;
const CAPITALISED = /^[A-Z][a-z]/;
/** Devanagari letters and signs, without the dandas (U+0964–5) and digits (U+0966–F). */
export const DEVANAGARI_WORD = /[\u0900-\u0963\u0971-\u097F]+/g;

/** Numbers written as words; digits and words are both common in news. */
const ENGLISH_NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'],
  ['eight', '8'], ['nine', '9'], ['ten', '10'], ['eleven', '11'], ['twelve', '12'],
  ['twenty', '20'], ['hundred', '100'], ['thousand', '1000'],
]);
const HINDI_NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['दो', '2'], ['तीन', '3'], ['चार', '4'], ['पांच', '5'], ['पाँच', '5'], ['छह', '6'], ['छः', '6'],
  ['सात', '7'], ['आठ', '8'], ['नौ', '9'], ['दस', '10'], ['ग्यारह', '11'], ['बारह', '12'],
  ['बीस', '20'], ['सौ', '100'], ['हजार', '1000'],
]);

/** English function words: their skeletons collide with common Hindi words by chance. */
const ENGLISH_STOPWORDS = new Set(
  (
    'about above after again against also among and another any are around back because been ' +
    'before being between both but came can come could did does doing down during each even ' +
    'every few first for from further had has have having her here hers herself him himself his ' +
    'how however into its itself just last like made make many more most much must near never ' +
    'next not now off once one only other our ours out over own said same say says see she ' +
    'should since some still such than that the their theirs them then there these they this ' +
    'those through too under until upon very was way well were what when where which while who ' +
    'whom whose why will with within without would year years yet you your yours'
  ).split(' '),
);

const PLURAL = /[^s]s$/;

/** Share of a Devanagari word's sentences that must confirm its match by position. */
const MIN_CONFIRMED_SHARE = 0.5;

/** Features occurring ten times as often on one side as on the other are chance matches. */
const MIN_WEIGHT = 0.1;

/** A Devanagari word matching more English words than this is too vague to count. */
const MAX_SKELETON_MATCHES = 8;

/** Skeleton length of names matched exactly only (longer ones also match approximately). */
const SHORT_NAME_LENGTH = 2;

/**
 * Raw material for features: what each sentence holds, as English types (words and numbers), and
 * the Devanagari words that might stand for English words, with the English words they might be.
 */
export interface DocumentEvidence {
  /** Distinct English types of each English sentence. */
  enTypes: Int32Array[];
  /** English types each Hindi sentence shows directly: numbers, Latin-script words, acronyms. */
  hiDirect: Int32Array[];
  /** Distinct Devanagari word types of each Hindi sentence that match some English type. */
  hiWords: Int32Array[];
  /** English types each Devanagari word type matches by skeleton, by word type id. */
  wordMatches: Int32Array[];
  /** The English word, "#" and a number, or "^" and an acronym, of each type id. */
  names: string[];
  /** Types of the numbers each English sentence writes in digits. */
  enDigitNumbers: Int32Array[];
  /** Types of the numbers each Hindi sentence writes in digits, where the English side has them. */
  hiDigitNumbers: Int32Array[];
  /** How many distinct numbers each Hindi sentence writes in digits that the English side lacks. */
  hiUnknownNumbers: Int32Array;
}

/** Words and numbers of both sides, interned against the English side's vocabulary. */
export function collectEvidence(hi: readonly string[], en: readonly string[]): DocumentEvidence {
  const vocabulary = new Map<string, number>();
  const nameTypes = new Set<number>();
  const collector = createIdCollector();
  const digitCollector = createIdCollector();
  const enDigitNumbers: Int32Array[] = [];
  const typesAsWritten = en.map((sentence) => {
    const types = listEnglishTypes(sentence, vocabulary, nameTypes, collector, digitCollector);
    enDigitNumbers.push(digitCollector.take());
    return types;
  });
  const { index: skeletonIndex, canonical } = indexSkeletons(vocabulary, nameTypes);
  const enTypes = typesAsWritten.map((types) => {
    for (const type of types) collector.add(canonical[type] as number);
    return collector.take();
  });
  const hindiWords = new Map<string, number>();
  const wordMatches: Int32Array[] = [];
  // What each Devanagari word type stands for by itself, if anything.
  const wordKeys: Array<string | undefined> = [];
  const wordCollector = createIdCollector();
  const hiDirect: Int32Array[] = [];
  const hiWords: Int32Array[] = [];
  const hiDigitNumbers: Int32Array[] = [];
  const hiUnknownNumbers = new Int32Array(hi.length);
  hi.forEach((sentence, sentenceIndex) => {
    const unknown = new Set<string>();
    for (const value of extractNumbers(sentence)) {
      const key = toNumberKey(value);
      addKnownType(vocabulary, canonical, key, collector);
      addKnownType(vocabulary, canonical, key, digitCollector);
      if (!vocabulary.has(key)) unknown.add(key);
    }
    hiDigitNumbers.push(digitCollector.take());
    hiUnknownNumbers[sentenceIndex] = unknown.size;
    for (const word of sentence.match(ENGLISH_WORD) ?? []) {
      if (word.length >= 2) addKnownType(vocabulary, canonical, word.toLowerCase(), collector);
    }
    // Most Hindi sentences hold no full stop at all; the pattern is costly to run everywhere.
    const dottedAcronyms = sentence.includes('.') ? sentence.match(DOTTED_DEVANAGARI_ACRONYM) : null;
    for (const dotted of dottedAcronyms ?? []) {
      const letters = readDevanagariAcronym(toMatchKey(dotted.replace(/\./g, '')));
      if (letters !== undefined) addKnownType(vocabulary, canonical, toAcronymKey(letters), collector);
    }
    for (const raw of sentence.match(DEVANAGARI_WORD) ?? []) {
      let id = hindiWords.get(raw);
      if (id === undefined) {
        id = hindiWords.size;
        hindiWords.set(raw, id);
        const word = toMatchKey(raw);
        const key = readDirectKey(word);
        wordKeys.push(key);
        wordMatches.push(key === undefined ? matchHindiWord(word, skeletonIndex) : new Int32Array(0));
      }
      const key = wordKeys[id];
      if (key !== undefined) addKnownType(vocabulary, canonical, key, collector);
      else if ((wordMatches[id] as Int32Array).length > 0) wordCollector.add(id);
    }
    hiDirect.push(collector.take());
    hiWords.push(wordCollector.take());
  });
  return {
    enTypes,
    hiDirect,
    hiWords,
    wordMatches,
    names: [...vocabulary.keys()],
    enDigitNumbers,
    hiDigitNumbers,
    hiUnknownNumbers,
  };
}

/** The type key a Devanagari word stands for by itself: a number word or a spelled acronym. */
function readDirectKey(word: string): string | undefined {
  const number = HINDI_NUMBER_WORDS.get(word);
  if (number !== undefined) return toNumberKey(number);
  const acronym = readDevanagariAcronym(word);
  return acronym === undefined ? undefined : toAcronymKey(acronym);
}

function addKnownType(
  vocabulary: ReadonlyMap<string, number>,
  canonical: Int32Array,
  key: string,
  collector: IdCollector,
): void {
  const type = vocabulary.get(key);
  if (type !== undefined) collector.add(canonical[type] as number);
}

/** Gathers the distinct ids of one sentence at a time, without a Set per sentence. */
export interface IdCollector {
  add(id: number): void;
  /** The ids added since the last call, in the order they were first added. */
  take(): Int32Array;
}

/** What a sentence without ids gets; shared, as an empty typed array cannot be written to. */
const NO_IDS = new Int32Array(0);

/**
 * Ints per block that a collector cuts its sentences' id lists from. A typed array of its own per
 * sentence would be a buffer of its own, which costs more to allocate and to collect than the
 * ids themselves; views into a shared block cost neither, and never overlap.
 */
const ID_BLOCK_SIZE = 1 << 14;

export function createIdCollector(): IdCollector {
  let lastSeen = new Int32Array(1024);
  let round = 1;
  const pending: number[] = [];
  let block = new Int32Array(0);
  let blockUsed = 0;
  return {
    add(id) {
      if (id >= lastSeen.length) {
        const grown = new Int32Array(Math.max(id + 1, lastSeen.length * 2));
        grown.set(lastSeen);
        lastSeen = grown;
      }
      if (lastSeen[id] === round) return;
      lastSeen[id] = round;
      pending.push(id);
    },
    take() {
      if (pending.length === 0) {
        round += 1;
        return NO_IDS;
      }
      if (blockUsed + pending.length > block.length) {
        block = new Int32Array(Math.max(ID_BLOCK_SIZE, pending.length));
        blockUsed = 0;
      }
      const ids = block.subarray(blockUsed, blockUsed + pending.length);
      blockUsed += pending.length;
      for (let index = 0; index < pending.length; index += 1) ids[index] = pending[index] as number;
      pending.length = 0;
      round += 1;
      return ids;
    },
  };
}

/**
 * Keeps a Devanagari word's skeleton match only where position bears it out: in at least half
 * of the word's sentences, the English word is within `radius` sentences of where the Hindi
 * sentence is expected. Chance matches of common Hindi words (करते ~ "court") fail this.
 */
export function confirmWordMatches(
  evidence: DocumentEvidence,
  expectedEnglish: (hiSentence: number) => number,
  radius: number,
): DocumentEvidence {
  const enPostings = listPostings(evidence.enTypes, evidence.names.length);
  const wordPostings = listPostings(evidence.hiWords, evidence.wordMatches.length);
  const wordMatches = evidence.wordMatches.map((types, word) => {
    const sentences = wordPostings[word] as Int32Array;
    const needed = Math.max(1, Math.ceil(sentences.length * MIN_CONFIRMED_SHARE));
    return types.filter((type) => {
      const postings = enPostings[type] as Int32Array;
      let confirmed = 0;
      for (const sentence of sentences) {
        const expected = expectedEnglish(sentence);
        const first = findFirstAtLeast(postings, expected - radius);
        if (first < postings.length && (postings[first] as number) <= expected + radius) confirmed += 1;
      }
      return confirmed >= needed;
    });
  });
  const hiWords = evidence.hiWords.map((words) =>
    words.filter((word) => (wordMatches[word] as Int32Array).length > 0),
  );
  return { ...evidence, hiWords, wordMatches };
}

/** Features of both sides, weighted, from the evidence. */
export function buildFeatures(evidence: DocumentEvidence): DocumentFeatures {
  const typeCount = evidence.names.length;
  const collector = createIdCollector();
  const hiTypes = evidence.hiDirect.map((direct, sentence) => {
    for (let index = 0; index < direct.length; index += 1) collector.add(direct[index] as number);
    for (const word of evidence.hiWords[sentence] as Int32Array) {
      const matches = evidence.wordMatches[word] as Int32Array;
      for (let index = 0; index < matches.length; index += 1) collector.add(matches[index] as number);
    }
    return collector.take();
  });
  const hiCounts = countSentencesPerType(hiTypes, typeCount);
  const enTypesShared = evidence.enTypes.map((types) => selectIds(types, hiCounts));
  const enCounts = countSentencesPerType(enTypesShared, typeCount);

  const weights = new Float64Array(typeCount);
  for (let type = 0; type < typeCount; type += 1) {
    const hiCount = hiCounts[type] as number;
    const enCount = enCounts[type] as number;
    // A true correspondence occurs about as often on both sides; a chance one does not.
    const weight = hiCount > 0 && enCount > 0 ? Math.min(hiCount, enCount) / Math.max(hiCount, enCount) : 0;
    weights[type] = weight >= MIN_WEIGHT ? weight : 0;
  }
  const hiFeatures = hiTypes.map((types) => selectIds(types, weights));
  const enFeatures = enTypesShared.map((types) => selectIds(types, weights));
  return {
    hi: hiFeatures,
    en: enFeatures,
    weights,
    hiPostings: listPostings(hiFeatures, typeCount),
    enPostings: listPostings(enFeatures, typeCount),
    names: evidence.names,
  };
}

/** Numbers in a sentence, with Devanagari digits read as ASCII and separators dropped. */
export function extractNumbers(sentence: string): string[] {
  const ascii = sentence.replace(DEVANAGARI_DIGITS, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - DEVANAGARI_DIGIT_ZERO + 48),
  );
  return (ascii.match(NUMBER) ?? []).map(normalizeNumber);
}

function normalizeNumber(text: string): string {
  const plain = text.replace(/,/g, '');
  // Leading zeros and trailing decimal zeros are spelling, not value ("07" = "7", "2.50" = "2.5").
  return /^\d+(?:\.\d+)?$/.test(plain) ? String(Number(plain)) : plain;
}

function internType(vocabulary: Map<string, number>, key: string): number {
  const known = vocabulary.get(key);
  if (known !== undefined) return known;
  vocabulary.set(key, vocabulary.size);
  return vocabulary.size - 1;
}

function toNumberKey(value: string): string {
  return `#${value}`;
}

/** The sentence's types; the numbers it writes in digits also go to `digits`. */
function listEnglishTypes(
  sentence: string,
  vocabulary: Map<string, number>,
  names: Set<number>,
  collector: IdCollector,
  digits: IdCollector,
): Int32Array {
  for (const value of extractNumbers(sentence)) {
    const type = internType(vocabulary, toNumberKey(value));
    collector.add(type);
    digits.add(type);
  }
  for (const dotted of sentence.match(DOTTED_LATIN_ACRONYM) ?? []) {
    collector.add(internType(vocabulary, toAcronymKey(dotted.replace(/\./g, '').toLowerCase())));
  }
  let first = true;
  for (const original of sentence.match(ENGLISH_WORD) ?? []) {
    const word = original.toLowerCase();
    const type = internType(vocabulary, word);
    collector.add(type);
    const number = ENGLISH_NUMBER_WORDS.get(word);
    if (number !== undefined) collector.add(internType(vocabulary, toNumberKey(number)));
    const initial = original.charCodeAt(0);
    // Only capitalised words can be names or acronyms; most words are not, so test cheaply first.
    if (initial >= 0x41 && initial <= 0x5a) {
      if (ACRONYM.test(original)) collector.add(internType(vocabulary, toAcronymKey(word)));
      else if (!first && CAPITALISED.test(original)) names.add(type);
    }
    first = false;
  }
  return collector.take();
}

/** Acronyms have their own keys, so that एस "s" or यूएस "us" never match the word "us". */
function toAcronymKey(letters: string): string {
  return `^${letters}`;
}

/** English word types by skeleton key, and the feature each type counts as. */
interface SkeletonIndex {
  index: Map<string, number[]>;
  /**
   * For each English type, the first type with the same consonant skeleton once a plural "s" is
   * dropped: German, Germany and Germans are one feature, as one Hindi word (जर्मन) matches all
   * of them and would otherwise be counted, and missed, once for each.
   */
  canonical: Int32Array;
}

/** Number ("#") and acronym ("^") keys have no skeleton and stand for themselves. */
function indexSkeletons(vocabulary: ReadonlyMap<string, number>, names: ReadonlySet<number>): SkeletonIndex {
  const index = new Map<string, number[]>();
  const canonical = new Int32Array(vocabulary.size);
  const firstBySkeleton = new Map<string, number>();
  const add = (key: string, type: number): void => {
    const types = index.get(key);
    if (types === undefined) index.set(key, [type]);
    else if (!types.includes(type)) types.push(type);
  };
  // Types are numbered in the order the map holds them, so a twin's first type is already seen.
  for (const [word, type] of vocabulary) {
    canonical[type] = type;
    if (word.startsWith('#') || word.startsWith('^') || ENGLISH_STOPWORDS.has(word)) continue;
    const skeleton = toEnglishSkeleton(word);
    // Hindi keeps the singular of a borrowed plural: डिस्क for "discs".
    const isPlural = PLURAL.test(word);
    const singular = isPlural ? toEnglishSkeleton(word.slice(0, -1)) : '';
    const twinKey = isPlural ? singular : skeleton;
    if (twinKey.length >= MIN_SKELETON_LENGTH) {
      const first = firstBySkeleton.get(twinKey);
      if (first === undefined) firstBySkeleton.set(twinKey, type);
      else canonical[type] = first;
    }
    const feature = canonical[type] as number;
    for (const key of listSkeletonKeys(skeleton)) add(key, feature);
    if (singular.length >= MIN_SKELETON_LENGTH) add(singular, feature);
    // Short names (टॉम "Tom") are worth the risk: position must confirm them anyway.
    if (names.has(type) && skeleton.length === SHORT_NAME_LENGTH) add(skeleton, feature);
  }
  return { index, canonical };
}

/** English types a Devanagari word (after `toMatchKey`) may stand for, by skeleton. */
function matchHindiWord(word: string, skeletonIndex: ReadonlyMap<string, readonly number[]>): Int32Array {
  const matches = new Set<number>();
  const skeleton = toDevanagariSkeleton(word);
  const keys = skeleton.length === SHORT_NAME_LENGTH ? [skeleton] : listSkeletonKeys(skeleton);
  for (const key of keys) {
    for (const type of skeletonIndex.get(key) ?? []) matches.add(type);
  }
  return matches.size > MAX_SKELETON_MATCHES ? new Int32Array(0) : Int32Array.from(matches);
}

/** The ids whose value in `values` is positive; a loop, as typed-array filter is slow in V8. */
function selectIds(ids: Int32Array, values: Int32Array | Float64Array): Int32Array {
  let kept = 0;
  for (let index = 0; index < ids.length; index += 1) {
    if ((values[ids[index] as number] as number) > 0) kept += 1;
  }
  if (kept === ids.length) return ids;
  const selected = new Int32Array(kept);
  kept = 0;
  for (let index = 0; index < ids.length; index += 1) {
    const id = ids[index] as number;
    if ((values[id] as number) > 0) {
      selected[kept] = id;
      kept += 1;
    }
  }
  return selected;
}

function countSentencesPerType(sentences: readonly Int32Array[], typeCount: number): Int32Array {
  const counts = new Int32Array(typeCount);
  for (const types of sentences) {
    for (let index = 0; index < types.length; index += 1) {
      const type = types[index] as number;
      counts[type] = (counts[type] as number) + 1;
    }
  }
  return counts;
}

const NO_POSTINGS = new Int32Array(0);

/** Sentences holding each id, ascending. */
export function listPostings(features: readonly Int32Array[], typeCount: number): Int32Array[] {
  const sizes = countSentencesPerType(features, typeCount);
  const postings = Array.from(sizes, (size) => (size === 0 ? NO_POSTINGS : new Int32Array(size)));
  const filled = new Int32Array(typeCount);
  features.forEach((ids, sentence) => {
    for (let index = 0; index < ids.length; index += 1) {
      const id = ids[index] as number;
      (postings[id] as Int32Array)[filled[id] as number] = sentence;
      filled[id] = (filled[id] as number) + 1;
    }
  });
  return postings;
}

/** Index of the first posting not below `value` (postings are ascending). */
export function findFirstAtLeast(postings: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = postings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((postings[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
