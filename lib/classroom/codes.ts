import { base32crockford } from '@scure/base';

/** Randomness in a class's join code: guessing one takes about 2^39 tries, which rate limits make hopeless. */
export const JOIN_CODE_BITS = 40;

const CODE_BYTES = JOIN_CODE_BITS / 8;
const SEPARATORS = /[\s-]+/g;
/** Crockford's alphabet with the look-alikes it accepts in input (I, L, O): every letter but U. */
const TYPED_CODE = /^[0-9A-TV-Z]{8}$/i;

/** Groups of four read aloud and copy from a board without losing one's place: K7QD-M2XP. */
function formatCode(letters: string): string {
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}

/**
 * A fresh join code: 40 random bits in Crockford's base32, which has no I, L, O or U, so a code
 * read aloud or copied by hand cannot be mistaken for another.
 */
export function newJoinCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(CODE_BYTES));
  return formatCode(base32crockford.encode(bytes));
}

/**
 * A code as typed, in its canonical form, or null when it cannot be one. Case, spaces and hyphens
 * do not matter, and the letters people confuse count as the digits they look like (O = 0,
 * I = L = 1), as Crockford's base32 defines.
 */
export function readJoinCode(typed: string): string | null {
  const letters = typed.replace(SEPARATORS, '');
  if (!TYPED_CODE.test(letters)) return null;
  return formatCode(base32crockford.encode(base32crockford.decode(letters)));
}

/** Randomness in a student's re-entry code: it is a password, so more than the class's join code. */
export const REENTRY_CODE_BITS = 60;

const REENTRY_LETTERS = REENTRY_CODE_BITS / 5;
const TYPED_REENTRY_CODE = /^[0-9A-TV-Z]{12}$/i;

/** Three groups of four: 4F7K-Q2MZ-8XDA. */
function formatReentryCode(letters: string): string {
  return `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8, 12)}`;
}

/** The spellings Crockford's base32 accepts for its digits, in their canonical form. */
function canonicalLetters(letters: string): string {
  return letters.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

/**
 * A fresh re-entry code: 60 random bits as twelve Crockford letters. Eight random bytes give
 * thirteen letters; the first twelve carry exactly the first 60 bits.
 */
export function newReentryCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return formatReentryCode(base32crockford.encode(bytes).slice(0, REENTRY_LETTERS));
}

/** A re-entry code as typed, in its canonical form, or null when it cannot be one (same forgiveness as join codes). */
export function readReentryCode(typed: string): string | null {
  const letters = typed.replace(SEPARATORS, '');
  if (!TYPED_REENTRY_CODE.test(letters)) return null;
  return formatReentryCode(canonicalLetters(letters));
}
