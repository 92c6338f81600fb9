export { detectLoanwords, romanizeHindi } from './detect';
export type { DetectOptions, LoanwordCandidate, SentencePair } from './detect';
