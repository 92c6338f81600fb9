export { toEntryId } from './ids';
export { maxTextLength, proposeEntries, proposeImport, splitIntoSentences } from './propose';
export type { ImportProposal, ImportTexts, ProposalResult, SplitText } from './propose';
export { giveLastToNext, mergeWithNext, splitLink, takeFirstFromNext } from './edit-links';
export type { LinkSide } from './edit-links';
export { saveRequestSchema } from './save-request';
export type { SaveRequest } from './save-request';
