/** Hyphens that differ from "-" only in line breaking or width; en/em dashes are punctuation. */
const HYPHEN_VARIANTS = /[\u2010\u2011\u2012\uFE63\uFF0D]/g;

/** Soft hyphen, ZWNJ and ZWJ: invisible, and used inconsistently inside Devanagari words. */
const INVISIBLE_JOINERS = /[\u00AD\u200C\u200D]/g;

/** Every space separator other than U+0020 (NBSP, thin space, ideographic space …). */
const OTHER_SPACES = /(?! )\p{Zs}/gu;

const NUKTA = /\u093C/g;

const LATIN_RUN = /\p{Script=Latin}+/gu;

/**
 * Canonical form for storage and comparison: NFC, one hyphen, no soft hyphen or joiners, plain
 * spaces. NFC decomposes the precomposed nukta letters U+0958–U+095F, so both encodings agree.
 */
export function normalizeText(text: string): string {
  // NFC comes last because removing joiners can bring a base letter next to its combining mark.
  return text
    .replace(HYPHEN_VARIANTS, '-')
    .replace(INVISIBLE_JOINERS, '')
    .replace(OTHER_SPACES, ' ')
    .normalize('NFC');
}

/**
 * Devanagari without nukta (precomposed or not) and without the Vedic stress signs: such text is
 * already its own match key, as its only combining mark of non-zero class is the virama, so
 * normalisation neither composes nor reorders anything.
 */
const PLAIN_DEVANAGARI = /^[\u0900-\u0928\u092A-\u0930\u0932\u0933\u0935-\u093B\u093D-\u0950\u0955-\u0957\u0960-\u097F]*$/;

/** Looser key for matching words: also ignores nukta and Latin letter case. */
export function toMatchKey(text: string): string {
  // Most Hindi words are plain; the aligner asks for the keys of every distinct word.
  if (PLAIN_DEVANAGARI.test(text)) return text;
  // NFD first: NFC keeps ऩ ऱ ऴ (U+0929, U+0931, U+0934) precomposed, hiding their nukta.
  return normalizeText(text)
    .normalize('NFD')
    .replace(NUKTA, '')
    .replace(LATIN_RUN, (run) => run.toLowerCase())
    .normalize('NFC');
}
