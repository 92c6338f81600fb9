/**
 * HTML a person pastes with a text (`<b>`, `<img src=x onerror="…">`, `<!-- … -->`, a whole
 * `<script>…</script>`) is kept as literal text. The sentence splitter must not see it: a "."
 * inside an attribute would end a sentence, and a tag between two sentences would join them.
 */
// Every alternative ends within a bounded stretch or at the next "<" or ">", so that a text full of
// unclosed "<" is still read in about linear time.
const MARKUP =
  /<(script|style)\b[^<>]*>[\s\S]{0,5000}?<\/\1\s*>|<!--[\s\S]{0,5000}?-->|<\/?[a-z][\w:-]*(?:\s(?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}')*)?\/?>/gi;

/** U+2060 WORD JOINER: a format character, which Intl.Segmenter passes over when it finds sentences. */
const MASK = '\u2060';

const WHITESPACE = /\s/u;
const LINE_BREAK_RUN = /\s*(?:\r\n?|\n)\s*/gu;
const WHITESPACE_RUN = /\s+/gu;

export type TextRange = readonly [start: number, end: number];

export interface MaskedText {
  /** The text with every character of its markup replaced by a mask: same length, same offsets. */
  masked: string;
  /** The original text of a range of `masked`; line breaks become spaces, as the splitter joins lines. */
  restore: (range: TextRange) => string;
  /**
   * Markup at the end of a range that stands apart from the sentence before it ("Two. <i>"): it
   * opens the next sentence. `textEnd` is where the sentence before it ends.
   */
  findDetachedMarkup: (range: TextRange) => { textEnd: number; markupStart: number } | undefined;
}

export function maskMarkup(text: string): MaskedText {
  const spans: TextRange[] = [...text.matchAll(MARKUP)].map((match) => [match.index, match.index + match[0].length]);
  let masked = '';
  let cursor = 0;
  for (const [start, end] of spans) {
    masked += text.slice(cursor, start) + MASK.repeat(end - start);
    cursor = end;
  }
  masked += text.slice(cursor);
  const isMasked = (index: number) => masked[index] === MASK && text[index] !== MASK;

  const restore = ([start, end]: TextRange) => {
    let restored = '';
    let position = start;
    for (const [spanStart, spanEnd] of spans) {
      if (spanEnd <= start || spanStart >= end) continue;
      restored += text.slice(position, Math.max(position, spanStart)).replace(LINE_BREAK_RUN, ' ');
      // A tag may run over lines; a sentence is one line in content/, so the tag becomes one too.
      restored += text.slice(Math.max(start, spanStart), Math.min(end, spanEnd)).replace(WHITESPACE_RUN, ' ');
      position = Math.min(end, spanEnd);
    }
    return restored + text.slice(position, end).replace(LINE_BREAK_RUN, ' ');
  };

  const findDetachedMarkup = ([start, end]: TextRange) => {
    let markupStart = end;
    while (markupStart > start && isMasked(markupStart - 1)) markupStart -= 1;
    if (markupStart === end) return undefined;
    let textEnd = markupStart;
    while (textEnd > start && WHITESPACE.test(masked[textEnd - 1] ?? '')) textEnd -= 1;
    return textEnd < markupStart && textEnd > start ? { textEnd, markupStart } : undefined;
  };

  return { masked, restore, findDetachedMarkup };
}

/**
 * Finds where each piece the splitter returned lies in the text it was given: the pieces come in
 * order, trimmed, with the line breaks of a paragraph joined into single spaces.
 */
export function createPieceLocator(text: string): (piece: string) => TextRange {
  let cursor = 0;
  return (piece) => {
    let position = cursor;
    while (position < text.length && WHITESPACE.test(text[position] ?? '')) position += 1;
    const start = position;
    let index = 0;
    while (index < piece.length) {
      const char = piece[index] ?? '';
      if (WHITESPACE.test(char)) {
        while (index < piece.length && WHITESPACE.test(piece[index] ?? '')) index += 1;
        while (position < text.length && WHITESPACE.test(text[position] ?? '')) position += 1;
        continue;
      }
      if (text[position] !== char) throw new Error(`The sentence "${piece}" is not in the text at ${position}`);
      index += 1;
      position += 1;
    }
    cursor = position;
    return [start, position];
  };
}
