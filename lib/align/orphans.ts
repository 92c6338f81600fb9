import { ENGLISH_NUMBER_WORDS, extractNumbers, findFirstAtLeast, HINDI_NUMBER_WORDS } from './features';

/** Prefix sums over each side's sentences of the numbers that the other side lacks nearby. */
export interface OrphanNumbers {
  hi: Float64Array;
  en: Float64Array;
}

const HAS_DIGIT = /[0-9०-९]/;
const NO_NUMBERS: readonly string[] = [];
const HINDI_NUMBER_WORD = new RegExp(
  `(?<![\\u0900-\\u097F])(?:${[...HINDI_NUMBER_WORDS.keys()].join('|')})(?![\\u0900-\\u097F])`,
  'g',
);
const ENGLISH_NUMBER_WORD = new RegExp(`\\b(?:${[...ENGLISH_NUMBER_WORDS.keys()].join('|')})\\b`, 'gi');

/**
 * How many numbers written in digits each sentence holds that the other side shows nowhere (in
 * digits or in words) within `radius` sentences of where its translation is expected. A
 * translation keeps its numbers, so a sentence with such a number is likely a line that the
 * other side lacks rather than half of a link.
 */
export function countOrphanNumbers(
  hi: readonly string[],
  en: readonly string[],
  expectedEnglish: (hiSentence: number) => number,
  radius: number,
): OrphanNumbers {
  const hiDigits = hi.map(extractDigitNumbers);
  const enDigits = en.map(extractDigitNumbers);
  const hiPostings = indexPostings(hiDigits, hi, HINDI_NUMBER_WORD, (word) => HINDI_NUMBER_WORDS.get(word));
  const enPostings = indexPostings(enDigits, en, ENGLISH_NUMBER_WORD, (word) =>
    ENGLISH_NUMBER_WORDS.get(word.toLowerCase()),
  );
  return {
    hi: countAbsent(hiDigits, enPostings, expectedEnglish, radius),
    en: countAbsent(enDigits, hiPostings, invertPath(expectedEnglish, hi.length), radius),
  };
}

/** Most sentences hold no digit; testing for one first spares them the full extraction. */
function extractDigitNumbers(sentence: string): readonly string[] {
  return HAS_DIGIT.test(sentence) ? extractNumbers(sentence) : NO_NUMBERS;
}

/** Sentences showing each number value, in digits or as a number word, ascending. */
function indexPostings(
  digits: ReadonlyArray<readonly string[]>,
  sentences: readonly string[],
  numberWord: RegExp,
  readWord: (word: string) => string | undefined,
): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  const add = (value: string, sentence: number): void => {
    const list = postings.get(value);
    if (list === undefined) postings.set(value, [sentence]);
    else if (list.at(-1) !== sentence) list.push(sentence);
  };
  sentences.forEach((sentence, index) => {
    for (const value of digits[index] as readonly string[]) add(value, index);
    for (const word of sentence.match(numberWord) ?? []) {
      const value = readWord(word);
      if (value !== undefined) add(value, index);
    }
  });
  return postings;
}

function countAbsent(
  digits: ReadonlyArray<readonly string[]>,
  otherSide: ReadonlyMap<string, number[]>,
  expected: (sentence: number) => number,
  radius: number,
): Float64Array {
  const sums = new Float64Array(digits.length + 1);
  digits.forEach((values, sentence) => {
    let absent = 0;
    if (values.length > 0) {
      const centre = expected(sentence);
      for (const value of new Set(values)) {
        const postings = otherSide.get(value) ?? [];
        const first = findFirstAtLeast(postings, centre - radius);
        if (first >= postings.length || (postings[first] as number) > centre + radius) absent += 1;
      }
    }
    sums[sentence + 1] = (sums[sentence] as number) + absent;
  });
  return sums;
}

/** Where the Hindi side is expected for an English position, by bisecting the rising path. */
function invertPath(path: (hiSentence: number) => number, rows: number): (enSentence: number) => number {
  return (target) => {
    let low = -0.5;
    let high = rows - 0.5;
    for (let step = 0; step < 30; step += 1) {
      const middle = (low + high) / 2;
      if (path(middle) < target) low = middle;
      else high = middle;
    }
    return (low + high) / 2;
  };
}
