import { z } from 'zod';

/** What a learner saves: a glossary term, any word of the text, or a whole sentence. */
export const savedItemKinds = ['term', 'word', 'sentence'] as const;
export type SavedItemKind = (typeof savedItemKinds)[number];

/** Each saved item is reviewed both ways, each way with its own schedule. */
export const directions = ['hi-en', 'en-hi'] as const;
export type Direction = (typeof directions)[number];

export const ratings = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof ratings)[number];

export const cardStates = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof cardStates)[number];

/** One direction's schedule, in the fields FSRS keeps, with real dates. */
export interface ReviewCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
}

export type ReviewState = Record<Direction, ReviewCard>;

export interface PassagePlace {
  source: 'library' | 'teacher';
  ref: string;
  /** The sentence's pair, named as reveals name it: by its first Hindi sentence's index. */
  sentence: number;
}

export interface SavedItem {
  id: string;
  kind: SavedItemKind;
  hindi: string;
  english: string;
  entryId: string | null;
  contextHindi: string;
  contextEnglish: string;
  passage: PassagePlace | null;
  review: ReviewState;
  createdAt: Date;
}

export const maxHindiLength = 2000;
export const maxEnglishLength = 2000;
export const maxContextLength = 4000;
/** Enough for years of reading; a bound so that one account cannot fill the database. */
export const maxItemsPerUser = 5000;

/** What a reader asks to save; checked the same way in the browser and on the server. */
export const newSavedItemSchema = z.object({
  kind: z.enum(savedItemKinds),
  hindi: z.string().trim().min(1).max(maxHindiLength),
  english: z.string().trim().max(maxEnglishLength).default(''),
  entryId: z.string().min(1).max(100).nullish().transform((value) => value ?? null),
  contextHindi: z.string().trim().max(maxContextLength).default(''),
  contextEnglish: z.string().trim().max(maxContextLength).default(''),
  passage: z
    .object({
      source: z.enum(['library', 'teacher']),
      ref: z.string().min(1).max(200),
      sentence: z.int().min(0).max(1_000_000),
    })
    .nullish()
    .transform((value) => value ?? null),
});
export type NewSavedItem = z.output<typeof newSavedItemSchema>;

/**
 * One answer. `reviewsSeen` is how many answers the card had when the learner saw it: a card
 * answered since (in another tab or on another device) is not rated twice.
 */
export const ratingInputSchema = z.object({
  direction: z.enum(directions),
  rating: z.enum(ratings),
  reviewsSeen: z.int().min(0).max(1_000_000).optional(),
});
export type RatingInput = z.output<typeof ratingInputSchema>;
