export { normalizeText, toMatchKey } from './normalize';
export { countWords, segmentWords, splitParagraphs } from './segment';
export type { SegmentLang, WordToken } from './segment';
export { splitSentences } from './sentences';
export { DEVANAGARI_CONSONANTS, DEVANAGARI_NUKTA_CONSONANTS } from './devanagari-consonants';
export type { ArticulationPlace, ConsonantClass, ConsonantSound } from './devanagari-consonants';
export { deleteSchwas, parseAksharas, romanizeHindi } from './romanize';
export type { Akshara } from './romanize';
