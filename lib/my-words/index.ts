// My words: what a learner saves while reading, reviewed with spaced repetition and exported to Anki.
export {
  cardStates,
  directions,
  maxContextLength,
  maxEnglishLength,
  maxHindiLength,
  maxItemsPerUser,
  newSavedItemSchema,
  ratingInputSchema,
  ratings,
  savedItemKinds,
} from './model';
export type { CardState, Direction, NewSavedItem, PassagePlace, RatingInput, ReviewCard, ReviewRating, ReviewState, SavedItem, SavedItemKind } from './model';
export { createSavedItem, dueCards, newReviewState, nextDueAt, rate, rateIfUnchanged, reviewFromJson, reviewToJson } from './schedule';
export type { DueCard, RateOutcome, ReviewCardJson, ReviewStateJson } from './schedule';
export { addItem, itemFromJson, itemToJson, parseItems, removeItem, replaceItem, sameItem, serializeItems } from './items';
export type { AddOutcome, SavedItemJson } from './items';
export { ankiField, ankiFileName, toAnkiText } from './anki';
export type { AnkiExportOptions } from './anki';
