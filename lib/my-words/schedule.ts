import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { z } from 'zod';
import {
  cardStates,
  directions,
  type CardState,
  type Direction,
  type NewSavedItem,
  type ReviewCard,
  type RatingInput,
  type ReviewRating,
  type ReviewState,
  type SavedItem,
} from './model';

// Fuzz off: the same answers at the same moments give the same schedule, in tests and on every device.
const scheduler = fsrs({ enable_fuzz: false });

const stateOfFsrs: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const fsrsOfState: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const gradeOfRating: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

function fromFsrs(card: Card): ReviewCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateOfFsrs[card.state],
    lastReview: card.last_review ?? null,
  };
}

function toFsrs(card: ReviewCard): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: fsrsOfState[card.state],
    ...(card.lastReview ? { last_review: card.lastReview } : {}),
  };
}

/** A fresh schedule for both directions, due at once. */
export function newReviewState(now: Date): ReviewState {
  return { 'hi-en': fromFsrs(createEmptyCard(now)), 'en-hi': fromFsrs(createEmptyCard(now)) };
}

export function createSavedItem(input: NewSavedItem, id: string, now: Date): SavedItem {
  return { id, ...input, review: newReviewState(now), createdAt: now };
}

/** The item after one answer in one direction; the other direction's schedule stays as it was. */
export function rate(item: SavedItem, direction: Direction, rating: ReviewRating, now: Date): SavedItem {
  const next = scheduler.next(toFsrs(item.review[direction]), now, gradeOfRating[rating]);
  return { ...item, review: { ...item.review, [direction]: fromFsrs(next.card) } };
}

export type RateOutcome = { ok: true; item: SavedItem } | { ok: false; current: SavedItem };

/** One answer on the item as it stands, unless its card was answered since the learner saw it: then the item as it stands. */
export function rateIfUnchanged(current: SavedItem, { direction, rating, reviewsSeen }: RatingInput, now: Date): RateOutcome {
  if (reviewsSeen !== undefined && current.review[direction].reps !== reviewsSeen) return { ok: false, current };
  return { ok: true, item: rate(current, direction, rating, now) };
}

export interface DueCard {
  item: SavedItem;
  direction: Direction;
  due: Date;
}

/** Every card due at `now`, the longest waiting first (a stable sort: ties keep the items' order, Hindi→English first). */
export function dueCards(items: readonly SavedItem[], now: Date): DueCard[] {
  const due: DueCard[] = [];
  for (const item of items) {
    for (const direction of directions) {
      const card = item.review[direction];
      if (card.due.getTime() <= now.getTime()) due.push({ item, direction, due: card.due });
    }
  }
  return due.sort((a, b) => a.due.getTime() - b.due.getTime());
}

/** When the next card falls due after `now`, or null when there is none to review. */
export function nextDueAt(items: readonly SavedItem[], now: Date): Date | null {
  let next: Date | null = null;
  for (const item of items) {
    for (const direction of directions) {
      const { due } = item.review[direction];
      if (due.getTime() > now.getTime() && (!next || due.getTime() < next.getTime())) next = due;
    }
  }
  return next;
}

const isoDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const reviewCardJsonSchema = z.object({
  due: isoDate,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsedDays: z.number().min(0),
  scheduledDays: z.number().min(0),
  learningSteps: z.int().min(0),
  reps: z.int().min(0),
  lapses: z.int().min(0),
  state: z.enum(cardStates),
  lastReview: isoDate.nullable(),
});

export const reviewStateJsonSchema = z.object({ 'hi-en': reviewCardJsonSchema, 'en-hi': reviewCardJsonSchema });

export type ReviewCardJson = Omit<ReviewCard, 'due' | 'lastReview'> & { due: string; lastReview: string | null };
export type ReviewStateJson = Record<Direction, ReviewCardJson>;

function cardToJson(card: ReviewCard): ReviewCardJson {
  return { ...card, due: card.due.toISOString(), lastReview: card.lastReview ? card.lastReview.toISOString() : null };
}

/** The review state as JSON can hold it (dates as ISO strings), for the database's jsonb and the browser. */
export function reviewToJson(review: ReviewState): ReviewStateJson {
  return { 'hi-en': cardToJson(review['hi-en']), 'en-hi': cardToJson(review['en-hi']) };
}

/** The review state read back from JSON; throws on anything that is not one. */
export function reviewFromJson(value: unknown): ReviewState {
  return reviewStateJsonSchema.parse(value);
}
