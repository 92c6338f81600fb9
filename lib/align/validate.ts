/** Checks shared by the command line and the browser import before anything is aligned. */

export type TextSide = 'hi' | 'en';

export interface TextProblem {
  side: TextSide;
  message: string;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const DEVANAGARI_LETTER = /(?=\p{L})\p{Script=Devanagari}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** The bytes of a file as text; a byte sequence that is not UTF-8 is a problem, not replaced. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (error) {
    // A fatal TextDecoder throws only a TypeError, and only for bytes that are not UTF-8.
    if (error instanceof TypeError) return { ok: false, message: 'not valid UTF-8' };
    throw error;
  }
}

export function hasDevanagari(text: string): boolean {
  return DEVANAGARI_LETTER.test(text);
}

/** What keeps a Hindi and an English text from being aligned; empty when they can be. */
export function validateTexts(texts: Readonly<Record<TextSide, string>>): TextProblem[] {
  const problems: TextProblem[] = [];
  for (const side of ['hi', 'en'] as const) {
    const text = texts[side];
    if (text.trim().length === 0) problems.push({ side, message: 'is empty' });
    else if (side === 'hi' && !hasDevanagari(text)) problems.push({ side, message: 'has no Devanagari text' });
    else if (side === 'en' && !LATIN_LETTER.test(text)) problems.push({ side, message: 'has no Latin-script text' });
  }
  return problems;
}
