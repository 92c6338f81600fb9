/**
 * Punctuation a translation keeps: on NTREX, a Hindi sentence and its English translation agree
 * on question marks, colons and brackets nearly always, on double quotes and spaced dashes most
 * of the time, and a heading without a final stop is a heading on both sides.
 */
interface PunctuationClass {
  hi: RegExp;
  en: RegExp;
  /** Penalty per unit of difference, relative to the others: how reliably translators keep it. */
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
  { hi: /["“”]/g, en: /["“”]/g, weight: 0.7 },
  { hi: / [-–—] /g, en: / [-–—] /g, weight: 0.7 },
  { hi: HINDI_SENTENCE_END, en: ENGLISH_SENTENCE_END, weight: 0.3 },
];

const CLASS_COUNT = CLASSES.length + 1;
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
    for (let kind = 0; kind < CLASS_COUNT; kind += 1) {
      const hiCount = (hiPrefix[hiTo * CLASS_COUNT + kind] as number) - (hiPrefix[hiFrom * CLASS_COUNT + kind] as number);
      const enCount = (enPrefix[enTo * CLASS_COUNT + kind] as number) - (enPrefix[enFrom * CLASS_COUNT + kind] as number);
      mismatch += (WEIGHTS[kind] as number) * Math.abs(hiCount - enCount);
    }
    return mismatch;
  };
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
