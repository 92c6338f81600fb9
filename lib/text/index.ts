export { normalizeText, toMatchKey } from './normalize';
export { countWords, segmentWords, splitParagraphs } from './segment';
export type { SegmentLang, WordToken } from './segment';
export { splitSentences } from './sentences';
