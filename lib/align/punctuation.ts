/**
 * Punctuation a translation keeps: on NTREX, a Hindi sentence and its English translation agree
 * on question marks, colons, brackets and double quotes nearly always, on spaced dashes most of
 * the time, and a heading without a final stop is a heading on both sides. The number of sentence
 * ends weighs most: it tells a merge of two lines from a single long line.
 */
interface PunctuationClass {
  hi: RegExp;
  en: RegExp;
  /** Penalty per unit of difference, relative to the others: how much a difference tells. */
  weight: number;
}

/** Ends a line that is a sentence rather than a heading. */
const HINDI_TERMINAL = /[।.?!:"”'’)\]]\s*$/u;
const ENGLISH_TERMINAL = /[.?!:"”'’)\]]\s*$/u;

/**
 * Full stops counted with a regular expression, not with `splitSentences`, which would cost
 * more than the whole alignment; an initial or a title before the stop is not a sentence end.
 */
const HINDI_SENTENCE_END = /[।?!]["”'’]*(?=\s|$)/gu;
const ENGLISH_SENTENCE_END = /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|No|U\.S))[.?!]["”'’]*(?=\s|$)/gu;

const CLASSES: readonly PunctuationClass[] = [
  { hi: /\?/g, en: /\?/g, weight: 1 },
  { hi: /!/g, en: /!/g, weight: 1 },
  { hi: /:/g, en: /:/g, weight: 1 },
  { hi: /[()]/g, en: /[()]/g, weight: 1 },
  { hi: /["“”]/g, en: /["“”]/g, weight: 1 },
  { hi: / [-–—] /g, en: / [-–—] /g, weight: 0.7 },
  { hi: HINDI_SENTENCE_END, en: ENGLISH_SENTENCE_END, weight: 1.3 },
];

const CLASS_COUNT = CLASSES.length + 1;
/** Index of the heading flag among the counts. */
const HEADING = CLASSES.length;
/** Weight of each count returned by `countPunctuation`, the heading flag last. */
const WEIGHTS = Float64Array.from([...CLASSES.map(({ weight }) => weight), 1]);

/** Counts of each punctuation class in a sentence, then 1 if it reads as a heading, else 0. */
export function countPunctuation(sentence: string, lang: 'hi' | 'en'): number[] {
  const counts = CLASSES.map((punctuation) => (sentence.match(punctuation[lang]) ?? []).length);
  const terminal = lang === 'hi' ? HINDI_TERMINAL : ENGLISH_TERMINAL;
  counts.push(terminal.test(sentence) ? 0 : 1);
  return counts;
}

/**
 * Weighted difference between the punctuation of Hindi sentences [hiFrom, hiTo) and English
 * sentences [enFrom, enTo), from prefix sums so that each call costs one pass over the classes.
 */
export function createPunctuationMismatch(
  hi: readonly string[],
  en: readonly string[],
): (hiFrom: number, hiTo: number, enFrom: number, enTo: number) => number {
  const hiPrefix = sumCountPrefixes(hi, 'hi');
  const enPrefix = sumCountPrefixes(en, 'en');
  return (hiFrom, hiTo, enFrom, enTo) => {
    let mismatch = 0;
    for (let kind = 0; kind < HEADING; kind += 1) {
      const hiCount = (hiPrefix[hiTo * CLASS_COUNT + kind] as number) - (hiPrefix[hiFrom * CLASS_COUNT + kind] as number);
      const enCount = (enPrefix[enTo * CLASS_COUNT + kind] as number) - (enPrefix[enFrom * CLASS_COUNT + kind] as number);
      mismatch += (WEIGHTS[kind] as number) * Math.abs(hiCount - enCount);
    }
    // Joined sentences read as a heading only if the last one does: a merged title loses its mark.
    const hiHeading = readFlag(hiPrefix, hiTo, HEADING);
    const enHeading = readFlag(enPrefix, enTo, HEADING);
    return mismatch + (WEIGHTS[HEADING] as number) * Math.abs(hiHeading - enHeading);
  };
}

/** The count of `kind` in sentence `end − 1` alone, from the prefix sums. */
function readFlag(prefix: Float64Array, end: number, kind: number): number {
  if (end === 0) return 0;
  return (prefix[end * CLASS_COUNT + kind] as number) - (prefix[(end - 1) * CLASS_COUNT + kind] as number);
}

function sumCountPrefixes(sentences: readonly string[], lang: 'hi' | 'en'): Float64Array {
  const prefix = new Float64Array((sentences.length + 1) * CLASS_COUNT);
  sentences.forEach((sentence, index) => {
    const counts = countPunctuation(sentence, lang);
    for (let kind = 0; kind < CLASS_COUNT; kind += 1) {
      const at = (index + 1) * CLASS_COUNT + kind;
      prefix[at] = (prefix[at - CLASS_COUNT] as number) + (counts[kind] as number);
    }
  });
  return prefix;
}
