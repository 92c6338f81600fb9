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

/** Looser key for matching words: also ignores nukta and Latin letter case. */
export function toMatchKey(text: string): string {
  // NFD first: NFC keeps ऩ ऱ ऴ (U+0929, U+0931, U+0934) precomposed, hiding their nukta.
  return normalizeText(text)
    .normalize('NFD')
    .replace(NUKTA, '')
    .replace(LATIN_RUN, (run) => run.toLowerCase())
    .normalize('NFC');
}
