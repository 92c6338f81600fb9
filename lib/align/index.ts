export { alignSentences } from './align';
export type { AlignmentLink, AlignMethod, AlignOptions } from './types';
export { alignMethods, DOUBTFUL_BELOW } from './types';
export { scoreAlignments } from './score';
export type { AlignmentScores, ScoredLink } from './score';
export { createRandom, DEFAULT_PERTURB_OPTIONS, perturbDocument } from './perturb';
export type { PerturbedDocument, PerturbOptions } from './perturb';
export { decodeUtf8, hasDevanagari, validateTexts } from './validate';
export type { DecodeResult, TextProblem, TextSide } from './validate';
