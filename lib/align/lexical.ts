import { DEVANAGARI_WORD } from './features';
import { findConcepts, NEWS_LEXICON, normalizeHindiWord, type Lexicon } from './lexicon';
import { buildIdRuns, findRun } from './runs';

/** The concepts of the word list that each sentence of a document holds, as distinct ids. */
export interface DocumentConcepts {
  hi: Int32Array[];
  en: Int32Array[];
  conceptCount: number;
}

/** An apostrophe keeps "won't" whole, so that it does not read as "won". */
const ENGLISH_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;
const POSSESSIVE = /['’]s$/;

/** Concepts of every sentence of both sides; each distinct word is looked up once. */
export function collectConcepts(
  hi: readonly string[],
  en: readonly string[],
  lexicon: Lexicon = NEWS_LEXICON,
): DocumentConcepts {
  const hindiCache = new Map<string, readonly number[]>();
  const englishCache = new Map<string, readonly number[]>();
  const lookUpHindi = (raw: string): readonly number[] => {
    let concepts = hindiCache.get(raw);
    if (concepts === undefined) {
      concepts = findConcepts(lexicon.hindi, normalizeHindiWord(raw));
      hindiCache.set(raw, concepts);
    }
    return concepts;
  };
  const lookUpEnglish = (raw: string): readonly number[] => {
    let concepts = englishCache.get(raw);
    if (concepts === undefined) {
      concepts = findConcepts(lexicon.english, raw.toLowerCase().replace(POSSESSIVE, ''));
      englishCache.set(raw, concepts);
    }
    return concepts;
  };
  // Marks the concepts a sentence has shown already; each sentence of either side is a new round.
  const seen = new Int32Array(lexicon.conceptCount);
  let round = 0;
  return {
    hi: hi.map((sentence) => gatherDistinct(sentence.match(DEVANAGARI_WORD) ?? [], lookUpHindi, seen, (round += 1))),
    en: en.map((sentence) => gatherDistinct(sentence.match(ENGLISH_WORD) ?? [], lookUpEnglish, seen, (round += 1))),
    conceptCount: lexicon.conceptCount,
  };
}

function gatherDistinct(
  words: readonly string[],
  lookUp: (word: string) => readonly number[],
  seen: Int32Array,
  round: number,
): Int32Array {
  const concepts: number[] = [];
  for (const word of words) {
    for (const concept of lookUp(word)) {
      if (seen[concept] === round) continue;
      seen[concept] = round;
      concepts.push(concept);
    }
  }
  return Int32Array.from(concepts);
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
 * who compares a translation model with independent generation). Each distinct concept of one
 * side is found on the other side at its match rate in a translation, and by chance as often as
 * a sentence of that side holds it. Chance is taken per sentence whatever the link's shape, so
 * that joining a sentence to a link does not by itself make its matches look like luck.
 * Never below `floor`: missed concepts count against a link, but a free translation (a
 * translator's gloss in brackets, a reworded quote) misses the list wholesale, so misses alone
 * only go so far.
 */
export function createLexicalScore(
  concepts: DocumentConcepts,
  matchRates: LexicalMatchRates,
  floor: number,
): (hiFrom: number, hiTo: number, enFrom: number, enTo: number) => number {
  const { conceptCount } = concepts;
  const lookedForInHindi = tabulateRatios(concepts.hi, conceptCount, matchRates.englishInHindi);
  const lookedForInEnglish = tabulateRatios(concepts.en, conceptCount, matchRates.hindiInEnglish);
  // A concept on both sides turns both of its misses into finds; summing that once keeps the
  // score to one pass over each side, as it is called for every cell of the band.
  const sharedGain = new Float64Array(conceptCount);
  for (let concept = 0; concept < conceptCount; concept += 1) {
    sharedGain[concept] =
      (lookedForInHindi.found[concept] as number) -
      (lookedForInHindi.missed[concept] as number) +
      (lookedForInEnglish.found[concept] as number) -
      (lookedForInEnglish.missed[concept] as number);
  }
  const hiRuns = buildIdRuns(concepts.hi, conceptCount, lookedForInEnglish.missed);
  const enRuns = buildIdRuns(concepts.en, conceptCount, lookedForInHindi.missed);
  const hiMark = new Int32Array(conceptCount);
  let stamp = 0;
  return (hiFrom, hiTo, enFrom, enTo) => {
    if (hiFrom === hiTo || enFrom === enTo) return 0;
    const hiRun = findRun(hiFrom, hiTo);
    const enRun = findRun(enFrom, enTo);
    stamp += 1;
    const hiEnd = hiRuns.starts[hiRun + 1] as number;
    for (let index = hiRuns.starts[hiRun] as number; index < hiEnd; index += 1) {
      hiMark[hiRuns.ids[index] as number] = stamp;
    }
    let ratio = (hiRuns.sums[hiRun] as number) + (enRuns.sums[enRun] as number);
    const enEnd = enRuns.starts[enRun + 1] as number;
    for (let index = enRuns.starts[enRun] as number; index < enEnd; index += 1) {
      const concept = enRuns.ids[index] as number;
      if (hiMark[concept] === stamp) ratio += sharedGain[concept] as number;
    }
    return Math.max(floor, ratio);
  };
}

/** Log-likelihood ratios of a concept looked for on one side, by concept id. */
interface ConceptRatios {
  /** log(matchRate / chance): the concept is there. */
  found: Float64Array;
  /** log((1 − matchRate) / (1 − chance)): it is not. */
  missed: Float64Array;
}

/** The ratios for concepts looked for among `sentences`, with chance from how many hold each. */
function tabulateRatios(sentences: readonly Int32Array[], conceptCount: number, matchRate: number): ConceptRatios {
  const counts = new Float64Array(conceptCount);
  for (const ids of sentences) {
    for (let index = 0; index < ids.length; index += 1) {
      const concept = ids[index] as number;
      counts[concept] = (counts[concept] as number) + 1;
    }
  }
  const found = new Float64Array(conceptCount);
  const missed = new Float64Array(conceptCount);
  for (let concept = 0; concept < conceptCount; concept += 1) {
    // Add-half smoothing: a short document's counts say little about how common a word is.
    const chance = Math.max(CHANCE_FLOOR, ((counts[concept] as number) + 0.5) / (sentences.length + 1));
    // A concept so common that chance finds it as often as translation neither helps nor hurts.
    found[concept] = Math.max(0, Math.log(matchRate / chance));
    missed[concept] = Math.min(0, Math.log((1 - matchRate) / (1 - chance)));
  }
  return { found, missed };
}
