export type SegmentLang = 'hi' | 'en';

export interface WordToken {
  text: string;
  /** Offset into the original string, in UTF-16 code units. */
  start: number;
  end: number;
  /** A word or number, as opposed to spaces and punctuation. */
  isWord: boolean;
}

type Granularity = 'word' | 'sentence';

const segmenters = new Map<string, Intl.Segmenter>();

/** Segmenters are costly to build and stateless, so one per language and granularity is reused. */
export function getSegmenter(lang: SegmentLang, granularity: Granularity): Intl.Segmenter {
  const key = `${lang}:${granularity}`;
  const cached = segmenters.get(key);
  if (cached) return cached;
  const segmenter = new Intl.Segmenter(lang, { granularity });
  segmenters.set(key, segmenter);
  return segmenter;
}

/** Any dash punctuation: ICU joins words across some (U+058A), but a dash always separates. */
const DASH_RUN = /(\p{Pd}+)/u;
const DASH_ONLY = /^\p{Pd}+$/u;

/** Characters that only ever continue the character before them. */
const CONTINUATION_START = /^[\p{M}\u200C\u200D]/u;

/** A paragraph break: a line break, then lines of only spaces; Intl.Segmenter has no paragraphs. */
const BLANK_LINES = /(?:\r\n?|\n)[^\S\r\n]*(?:(?:\r\n?|\n)[^\S\r\n]*)+/;

/** V8's Intl.Segmenter takes seconds on long two-byte strings, so long texts go in chunks. */
const CHUNK_LENGTH = 4096;

/** After a space, a letter or digit always starts a new ICU word, so a chunk may end there. */
const SAFE_AFTER_SPACE = /[\p{L}\p{N}]/u;

/**
 * Words, spaces and punctuation of `text`, in order, covering every character exactly once.
 * Dashes always separate words; a combining mark or joiner never starts a token.
 */
export function segmentWords(text: string, lang: SegmentLang): WordToken[] {
  const tokens: WordToken[] = [];
  const segmenter = getSegmenter(lang, 'word');
  for (const [chunk, chunkStart] of splitIntoChunks(text)) {
    for (const { segment, index, isWordLike } of segmenter.segment(chunk)) {
      let offset = chunkStart + index;
      for (const piece of segment.split(DASH_RUN)) {
        if (piece.length === 0) continue;
        const isWord = isWordLike === true && !DASH_ONLY.test(piece);
        appendToken(tokens, { text: piece, start: offset, end: offset + piece.length, isWord });
        offset += piece.length;
      }
    }
  }
  return tokens;
}

/** Number of words (and numbers) in `text`. */
export function countWords(text: string, lang: SegmentLang): number {
  return segmentWords(text, lang).filter((token) => token.isWord).length;
}

/** Paragraphs separated by one or more blank lines, trimmed; empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(BLANK_LINES)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** Pieces of `text` with their offsets, cut only where ICU would put a word boundary anyway. */
function splitIntoChunks(text: string): Array<[string, number]> {
  const chunks: Array<[string, number]> = [];
  let start = 0;
  while (text.length - start > CHUNK_LENGTH) {
    const cut = findChunkEnd(text, start + CHUNK_LENGTH / 2, start + CHUNK_LENGTH);
    if (cut === undefined) break;
    chunks.push([text.slice(start, cut), start]);
    start = cut;
  }
  chunks.push([text.slice(start), start]);
  return chunks;
}

/** The last safe cut in [from, to], else the first one after `to`. */
function findChunkEnd(text: string, from: number, to: number): number | undefined {
  for (let cut = to; cut > from; cut -= 1) {
    if (isSafeCut(text, cut)) return cut;
  }
  for (let cut = to + 1; cut < text.length; cut += 1) {
    if (isSafeCut(text, cut)) return cut;
  }
  return undefined;
}

/** ICU always breaks after a line feed, and between a space and a following letter or digit. */
function isSafeCut(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at];
  if (after === undefined) return false;
  return before === '\n' || (before === ' ' && SAFE_AFTER_SPACE.test(after));
}

function appendToken(tokens: WordToken[], token: WordToken): void {
  const previous = tokens.at(-1);
  // ICU starts a token at a mark after a line break or a split dash; Devanagari must stay whole.
  if (previous === undefined || !CONTINUATION_START.test(token.text)) {
    tokens.push(token);
    return;
  }
  tokens[tokens.length - 1] = {
    text: previous.text + token.text,
    start: previous.start,
    end: token.end,
    isWord: previous.isWord || token.isWord,
  };
}
