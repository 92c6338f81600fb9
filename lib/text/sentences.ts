import { getSegmenter, splitParagraphs, type SegmentLang } from './segment';

/** A list item line; it is one sentence whatever punctuation it holds. */
const BULLET_LINE = /^[-•*]\s/u;

const LINE_BREAK = /\r\n?|\n/;

/** URLs, e-mail addresses and domains with a path: ICU would break at their "." or "?". */
const PROTECTED_SPANS = [
  /(?:https?:\/\/|www\.)\S+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S*/gu,
];

/** Punctuation that ends a sentence rather than a URL when it closes one. */
const TRAILING_PUNCTUATION = /[.,;:!?'"’”)\]»]+$/u;

/** Intl.Segmenter knows no abbreviations; these come before a name, not at a sentence end. */
const TITLE_ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'St', 'Mt', 'Gen', 'Col', 'Lt', 'Capt', 'Sgt', 'Rev',
  'Hon', 'Gov', 'Sen', 'Rep', 'Pres', 'Supt', 'vs', 'डॉ', 'प्रो', 'मि',
];

/** Written before a number ("No. 5", "Feb. 9", "रु. 500"). */
const NUMBER_ABBREVIATIONS = [
  'No', 'Nos', 'Vol', 'Vols', 'Fig', 'Figs', 'pp', 'p', 'Art', 'Sec', 'Ch', 'Eq', 'approx', 'ca',
  'Rs', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'रु', 'सं', 'पृ',
];

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{M}\\p{N}])';
const ENDS_WITH_TITLE = new RegExp(
  `${NOT_AFTER_WORD}(?:${TITLE_ABBREVIATIONS.join('|')})\\.$`,
  'u',
);
const ENDS_WITH_NUMBER_ABBREVIATION = new RegExp(
  `${NOT_AFTER_WORD}(?:${NUMBER_ABBREVIATIONS.join('|')})\\.$`,
  'u',
);
/** Initialisms of one- or two-letter parts: "U.S.", "e.g.", "Ph.D.", "ए.के.", "एन.डी.टी.वी.". */
const ENDS_WITH_INITIALISM = /(?<![\p{L}\p{M}\p{N}])(?:(?:\p{L}\p{M}*){1,2}\.){2,}$/u;
/** A single capital initial: "J. Smith". */
const ENDS_WITH_INITIAL = /(?<![\p{L}\p{M}\p{N}.])\p{Lu}\.$/u;
/** The part of an initialism right before a "." with no space after it. */
const ENDS_WITH_INITIAL_PART = /(?<![\p{L}\p{M}\p{N}])(?:\p{L}\p{M}*){1,2}\.$/u;
const STARTS_WITH_INITIAL_PART = /^(?:\p{L}\p{M}*){1,2}\./u;

const STARTS_WITH_LETTER = /^\s*\p{L}/u;
const STARTS_WITH_NUMBER = /^\s*\p{N}/u;
/** A closing quote or bracket that ICU left at the start of the next sentence ("Stop. ” He"). */
const STRAY_CLOSER = /^[”’»"')\]]+(?=\s|$)/u;
const HAS_LETTER = /\p{L}/u;
const RULE_WINDOW = 100;

/**
 * Sentences of `text`, trimmed and never empty. Paragraphs are split by `Intl.Segmenter`; the
 * lines of a paragraph are joined, except in lists, where every line stands alone and a bullet
 * line is one sentence. Fixes ICU's breaks inside URLs, initialisms and abbreviations.
 */
export function splitSentences(text: string, lang: SegmentLang): string[] {
  const sentences: string[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const lines = paragraph
      .split(LINE_BREAK)
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    const units = lines.some((line) => BULLET_LINE.test(line)) ? lines : [lines.join(' ')];
    for (const unit of units) {
      if (BULLET_LINE.test(unit)) sentences.push(unit);
      else sentences.push(...splitUnit(unit, lang));
    }
  }
  return sentences;
}

/** Sentences of one trimmed line or joined paragraph. */
function splitUnit(unit: string, lang: SegmentLang): string[] {
  const spans = findProtectedSpans(unit);
  const boundaries: number[] = [];
  for (const { index } of getSegmenter(lang, 'sentence').segment(unit)) {
    if (index === 0 || !isSentenceBoundary(unit, index, spans)) continue;
    const closer = STRAY_CLOSER.exec(unit.slice(index, index + RULE_WINDOW))?.[0] ?? '';
    const boundary = index + closer.length;
    if (boundary < unit.length && boundary > (boundaries.at(-1) ?? 0)) boundaries.push(boundary);
  }
  const pieces: string[] = [];
  let start = 0;
  for (const end of [...boundaries, unit.length]) {
    pieces.push(unit.slice(start, end));
    start = end;
  }
  return mergeLetterlessPieces(pieces)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
}

/** Whether ICU's break at `index` really ends a sentence. */
function isSentenceBoundary(
  unit: string,
  index: number,
  spans: readonly (readonly [number, number])[],
): boolean {
  if (spans.some(([start, end]) => start < index && index < end)) return false;
  // A bounded window keeps long paragraphs linear; every rule looks only a few characters around.
  const before = unit.slice(Math.max(0, index - RULE_WINDOW), index);
  const after = unit.slice(index, index + RULE_WINDOW);
  if (before.endsWith('.')) {
    // No space after the ".": ICU breaks inside a Devanagari initialism ("ए.के.") as after "है.".
    return !(ENDS_WITH_INITIAL_PART.test(before) && STARTS_WITH_INITIAL_PART.test(after));
  }
  const ended = before.trimEnd();
  if (STARTS_WITH_NUMBER.test(after) && ENDS_WITH_NUMBER_ABBREVIATION.test(ended)) return false;
  if (!STARTS_WITH_LETTER.test(after)) return true;
  return !(
    ENDS_WITH_TITLE.test(ended) ||
    ENDS_WITH_INITIALISM.test(ended) ||
    ENDS_WITH_INITIAL.test(ended)
  );
}

function findProtectedSpans(unit: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (const pattern of PROTECTED_SPANS) {
    for (const match of unit.matchAll(pattern)) {
      const text = match[0].replace(TRAILING_PUNCTUATION, '');
      spans.push([match.index, match.index + text.length]);
    }
  }
  return spans;
}

/** A piece without letters ("1.", "॥ १ ॥", "…") is never a sentence of its own. */
function mergeLetterlessPieces(pieces: readonly string[]): string[] {
  const merged: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    if (!HAS_LETTER.test(piece)) {
      if (merged.length > 0) merged[merged.length - 1] += piece;
      else pending += piece;
      continue;
    }
    merged.push(pending + piece);
    pending = '';
  }
  if (pending.length > 0) merged.push(pending);
  return merged;
}
