/** Checks shared by the command line and the browser import before anything is aligned. */

export type TextSide = 'hi' | 'en';

/** What is wrong with a text; callers word it in the user's language from this, never from `message`. */
export type TextProblemCode = 'empty' | 'too-long' | 'not-devanagari' | 'not-latin';

export interface TextProblem {
  side: TextSide;
  code: TextProblemCode;
  /** The problem in English, for the command line. */
  message: string;
}

export interface ValidateOptions {
  /** Longest text accepted, in UTF-16 code units (the unit of `String.length`). */
  maxLength?: number;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const DEVANAGARI_LETTER = /(?=\p{L})\p{Script=Devanagari}/u;
/** Letters and vowel signs: counting letters alone would weigh कंपनी (three letters, two signs) as "ran". */
const LETTER_OR_SIGN = /[\p{L}\p{M}]/gu;
const DEVANAGARI_LETTER_OR_SIGN = /(?=[\p{L}\p{M}])\p{Script=Devanagari}/gu;
const LATIN_LETTER_OR_SIGN = /(?=[\p{L}\p{M}])\p{Script=Latin}/gu;

/**
 * A text is taken to be in a script when at least this share of its letters is: an English text
 * with one Hindi word in it is not a Hindi text, while a Hindi report quoting English posts at length
 * (the seed passage: 84 % Devanagari) still is.
 */
const MIN_SCRIPT_SHARE = 0.5;

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

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _match of text.matchAll(pattern)) count += 1;
  return count;
}

/** The share of a text's letters and vowel signs written in Devanagari and in Latin script. */
function measureScripts(text: string): { devanagari: number; latin: number } {
  const letters = countMatches(text, LETTER_OR_SIGN);
  if (letters === 0) return { devanagari: 0, latin: 0 };
  return {
    devanagari: countMatches(text, DEVANAGARI_LETTER_OR_SIGN) / letters,
    latin: countMatches(text, LATIN_LETTER_OR_SIGN) / letters,
  };
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

function findProblem(side: TextSide, text: string, options: ValidateOptions): TextProblem | undefined {
  // The length comes first, so that an oversized text is refused before it is read through.
  if (options.maxLength !== undefined && text.length > options.maxLength) {
    return { side, code: 'too-long', message: `is longer than ${options.maxLength.toLocaleString('en')} characters` };
  }
  if (text.trim().length === 0) return { side, code: 'empty', message: 'is empty' };
  const shares = measureScripts(text);
  if (side === 'hi' && shares.devanagari < MIN_SCRIPT_SHARE) {
    const message = shares.devanagari === 0
      ? 'has no Devanagari text'
      : `is mostly not Devanagari (${percent(shares.devanagari)} of its letters are)`;
    return { side, code: 'not-devanagari', message };
  }
  if (side === 'en' && shares.latin < MIN_SCRIPT_SHARE) {
    const message = shares.latin === 0
      ? 'has no Latin-script text'
      : `is mostly not in Latin script (${percent(shares.latin)} of its letters are)`;
    return { side, code: 'not-latin', message };
  }
  return undefined;
}

/** What keeps a Hindi and an English text from being aligned, for both sides at once; empty when they can be. */
export function validateTexts(texts: Readonly<Record<TextSide, string>>, options: ValidateOptions = {}): TextProblem[] {
  return (['hi', 'en'] as const).flatMap((side) => findProblem(side, texts[side], options) ?? []);
}
