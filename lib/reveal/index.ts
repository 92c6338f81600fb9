// Reveal mode: the reader's English hidden and shown pair by pair. A pair is named by its first
// Hindi sentence's index, the key the classroom's reveals use.
export {
  hidePairs,
  parseStoredReveals,
  revealModeOn,
  revealModeStorageKey,
  revealPairs,
  revealStorageKey,
  serializeStoredReveals,
  shownPairs,
  unhidePairs,
} from './storage';
export type { RevealPassage, StoredReveals } from './storage';
export { applyStoredRevealMode, revealModeAttribute } from './before-paint';
export { maxRevealsPerRequest, revealPassageSchema, revealRequestSchema } from './schema';
export type { RevealRequest } from './schema';
