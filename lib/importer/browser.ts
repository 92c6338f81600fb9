/**
 * What the import page's islands run in the browser: alignment edits, entry ids and the placeholder
 * test. A sub-entry of its own so that the page's bundle does not carry the aligner and the detector.
 */
export { giveLastToNext, mergeWithNext, splitLink, takeFirstFromNext } from './edit-links';
export type { LinkSide } from './edit-links';
export { toEntryId } from './ids';
export { isPlaceholderMeaning } from './placeholder';
