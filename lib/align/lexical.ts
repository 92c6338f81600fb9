import { createIdCollector, DEVANAGARI_WORD, type IdCollector } from './features';
import { findConcepts, NEWS_LEXICON, normalizeHindiWord, type Lexicon } from './lexicon';
import { buildIdRuns, createRunMarker, findRun, type IdRuns } from './runs';

/**
 * The word list's concepts that each sentence of a document holds, and the meanings of its words:
 * a meaning is the set of concepts one word may stand for ("said" is कहा, बताया or बोला), so that
 * a word counts as one piece of evidence, found when any of its concepts is on the other side.
 */
export interface DocumentConcepts {
  /** Distinct concept ids of each sentence. */
  hi: Int32Array[];
  en: Int32Array[];
  conceptCount: number;
  /** Distinct meaning ids of each sentence's words. */
  hiMeanings: Int32Array[];
  enMeanings: Int32Array[];
  /** The concepts of each meaning id, shared by both sides. */
  meanings: Int32Array[];
}

/** An apostrophe keeps "won't" whole, so that it does not read as "won". */
const ENGLISH_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;
const POSSESSIVE = /['’]s$/;

/** Concepts and meanings of every sentence of both sides; each distinct word is looked up once. */
export function collectConcepts(
  hi: readonly string[],
  en: readonly string[],
  lexicon: Lexicon = NEWS_LEXICON,
): DocumentConcepts {
  const meanings: Int32Array[] = [];
  const meaningIds = new Map<string, number>();
  const findMeaning = (concepts: readonly number[]): number => {
    if (concepts.length === 0) return -1;
    const key = [...concepts].sort((left, right) => left - right).join(',');
    let id = meaningIds.get(key);
    if (id === undefined) {
      id = meanings.length;
      meanings.push(Int32Array.from(concepts));
      meaningIds.set(key, id);
    }
    return id;
  };
  const hindiCache = new Map<string, number>();
  const englishCache = new Map<string, number>();
  const lookUpHindi = (raw: string): number => {
    let meaning = hindiCache.get(raw);
    if (meaning === undefined) {
      meaning = findMeaning(findConcepts(lexicon.hindi, normalizeHindiWord(raw)));
      hindiCache.set(raw, meaning);
    }
    return meaning;
  };
  const lookUpEnglish = (raw: string): number => {
    let meaning = englishCache.get(raw);
    if (meaning === undefined) {
      meaning = findMeaning(findConcepts(lexicon.english, raw.toLowerCase().replace(POSSESSIVE, '')));
      englishCache.set(raw, meaning);
    }
    return meaning;
  };
  const collector = createIdCollector();
  const hiMeanings = hi.map((sentence) =>
    collectMeanings(sentence.match(DEVANAGARI_WORD) ?? [], lookUpHindi, collector),
  );
  const enMeanings = en.map((sentence) =>
    collectMeanings(sentence.match(ENGLISH_WORD) ?? [], lookUpEnglish, collector),
  );
  const gatherConcepts = (sentenceMeanings: Int32Array): Int32Array => {
    for (const meaning of sentenceMeanings) {
      const concepts = meanings[meaning] as Int32Array;
      for (let index = 0; index < concepts.length; index += 1) collector.add(concepts[index] as number);
    }
    return collector.take();
  };
  return {
    hi: hiMeanings.map(gatherConcepts),
    en: enMeanings.map(gatherConcepts),
    conceptCount: lexicon.conceptCount,
    hiMeanings,
    enMeanings,
    meanings,
  };
}

/** The distinct meanings of a sentence's words, leaving out words the list does not hold. */
function collectMeanings(
  words: readonly string[],
  lookUp: (word: string) => number,
  collector: IdCollector,
): Int32Array {
  for (const word of words) {
    const meaning = lookUp(word);
    if (meaning >= 0) collector.add(meaning);
  }
  return collector.take();
}

/**
 * How often a concept of one side shows in the translation on the other side, as far as the
 * word list sees: it misses synonyms and rewordings, and English spends more words on an idea.
 */
export interface LexicalMatchRates {
  englishInHindi: number;
  hindiInEnglish: number;
}

/**
 * However rare a concept, the word list's own ambiguity (माता in माता-पिता "parents" reads as
 * "mother") finds it by chance at least this often, so one match never outweighs everything else.
 */
const CHANCE_FLOOR = 0.05;

/**
 * Log-likelihood ratio that Hindi sentences [hiFrom, hiTo) and English sentences [enFrom, enTo)
 * translate each other rather than being unrelated, from the word list alone (after Moore 2002,
 * who compares a translation model with independent generation). Each distinct meaning of one
 * side is found on the other side (any of its concepts is there) at its match rate in a
 * translation, and by chance as often as a sentence of that side holds one of its concepts.
 * Chance is taken per sentence whatever the link's shape, so that joining a sentence to a link
 * does not by itself make its matches look like luck.
 * Never below `floor`: missed meanings count against a link, but a free translation (a
 * translator's gloss in brackets, a reworded quote) misses the list wholesale, so misses alone
 * only go so far.
 */
export function createLexicalScore(
  concepts: DocumentConcepts,
  matchRates: LexicalMatchRates,
  floor: number,
): (hiFrom: number, hiTo: number, enFrom: number, enTo: number) => number {
  const { conceptCount, meanings } = concepts;
  // Hindi meanings are looked for among the English sentences, and the other way round.
  const lookedForInEnglish = tabulateRatios(meanings, concepts.en, conceptCount, matchRates.hindiInEnglish);
  const lookedForInHindi = tabulateRatios(meanings, concepts.hi, conceptCount, matchRates.englishInHindi);
  const noWeights = new Float64Array(conceptCount);
  const hiConceptRuns = buildIdRuns(concepts.hi, conceptCount, noWeights);
  const enConceptRuns = buildIdRuns(concepts.en, conceptCount, noWeights);
  const hiMeaningRuns = buildIdRuns(concepts.hiMeanings, meanings.length, lookedForInEnglish.missed);
  const enMeaningRuns = buildIdRuns(concepts.enMeanings, meanings.length, lookedForInHindi.missed);
  // Meaning m's concepts are meaningConcepts[meaningStarts[m]] … before meaningStarts[m + 1].
  const meaningStarts = new Int32Array(meanings.length + 1);
  meanings.forEach((meaning, id) => {
    meaningStarts[id + 1] = (meaningStarts[id] as number) + meaning.length;
  });
  const meaningConcepts = new Int32Array(meaningStarts[meanings.length] as number);
  meanings.forEach((meaning, id) => meaningConcepts.set(meaning, meaningStarts[id] as number));
  const markHiConcepts = createRunMarker(hiConceptRuns, conceptCount);
  const markEnConcepts = createRunMarker(enConceptRuns, conceptCount);
  // The sum of the found meanings' gains over one side's run, those with a concept marked on the other side.
  const sumFound = (
    runs: IdRuns,
    run: number,
    otherMarks: Int32Array,
    otherRun: number,
    foundGains: Float64Array,
  ): number => {
    let gain = 0;
    const stamp = otherRun + 1;
    const end = runs.starts[run + 1] as number;
    for (let index = runs.starts[run] as number; index < end; index += 1) {
      const meaning = runs.ids[index] as number;
      const conceptEnd = meaningStarts[meaning + 1] as number;
      for (let at = meaningStarts[meaning] as number; at < conceptEnd; at += 1) {
        if (otherMarks[meaningConcepts[at] as number] !== stamp) continue;
        gain += foundGains[meaning] as number;
        break;
      }
    }
    return gain;
  };
  return (hiFrom, hiTo, enFrom, enTo) => {
    if (hiFrom === hiTo || enFrom === enTo) return 0;
    const hiRun = findRun(hiFrom, hiTo);
    const enRun = findRun(enFrom, enTo);
    const hiMarks = markHiConcepts(hiRun);
    const enMarks = markEnConcepts(enRun);
    const ratio =
      (hiMeaningRuns.sums[hiRun] as number) +
      (enMeaningRuns.sums[enRun] as number) +
      sumFound(hiMeaningRuns, hiRun, enMarks, enRun, lookedForInEnglish.foundGain) +
      sumFound(enMeaningRuns, enRun, hiMarks, hiRun, lookedForInHindi.foundGain);
    return Math.max(floor, ratio);
  };
}

/** Log-likelihood ratios of a meaning looked for on one side, by meaning id. */
interface ConceptRatios {
  /** log((1 − matchRate) / (1 − chance)): none of its concepts is there. */
  missed: Float64Array;
  /**
   * log(matchRate / chance), one is there, less `missed`: a run's sum counts each of its meanings
   * as missed, so finding one adds this.
   */
  foundGain: Float64Array;
}

/**
 * The ratios for meanings looked for among `sentences`, with chance from how many sentences hold
 * one of each meaning's concepts.
 */
function tabulateRatios(
  meanings: readonly Int32Array[],
  sentences: readonly Int32Array[],
  conceptCount: number,
  matchRate: number,
): ConceptRatios {
  const postings: number[][] = Array.from({ length: conceptCount }, () => []);
  sentences.forEach((ids, sentence) => {
    for (const concept of ids) (postings[concept] as number[]).push(sentence);
  });
  const counted = new Int32Array(sentences.length).fill(-1);
  const missed = new Float64Array(meanings.length);
  const foundGain = new Float64Array(meanings.length);
  meanings.forEach((meaning, id) => {
    let count = 0;
    for (const concept of meaning) {
      for (const sentence of postings[concept] as number[]) {
        if (counted[sentence] === id) continue;
        counted[sentence] = id;
        count += 1;
      }
    }
    // Add-half smoothing: a short document's counts say little about how common a word is.
    const chance = Math.max(CHANCE_FLOOR, (count + 0.5) / (sentences.length + 1));
    // A meaning so common that chance finds it as often as translation neither helps nor hurts.
    missed[id] = Math.min(0, Math.log((1 - matchRate) / (1 - chance)));
    foundGain[id] = Math.max(0, Math.log(matchRate / chance)) - (missed[id] as number);
  });
  return { missed, foundGain };
}
