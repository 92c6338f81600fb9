export { toEntryId } from './ids';
export { maxTextLength, proposeEntries, proposeImport, splitIntoSentences } from './propose';
export type { ImportProposal, ImportTexts, ProposalResult, SplitText } from './propose';
export { giveLastToNext, mergeWithNext, splitLink, takeFirstFromNext } from './edit-links';
export type { LinkSide } from './edit-links';
export { readLimitIssue, saveRequestLimits, saveRequestSchema } from './save-request';
export type { LimitCode, SaveRequest } from './save-request';
