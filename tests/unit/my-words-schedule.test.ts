import { describe, expect, it } from 'vitest';
import {
  addItem,
  createSavedItem,
  dueCards,
  maxContextLength,
  maxHindiLength,
  newSavedItemSchema,
  nextDueAt,
  parseItems,
  rate,
  rateIfUnchanged,
  reviewFromJson,
  reviewToJson,
  serializeItems,
  type NewSavedItem,
} from '@/lib/my-words';

const savedAt = new Date('2026-03-10T09:00:00.000Z');
const minutes = (count: number) => new Date(savedAt.getTime() + count * 60_000);
const days = (count: number) => new Date(savedAt.getTime() + count * 86_400_000);

const sentence: NewSavedItem = {
  kind: 'sentence',
  hindi: 'कंपनी ने नया मॉडल जारी किया।',
  english: 'The company released a new model.',
  entryId: null,
  contextHindi: 'कंपनी ने नया मॉडल जारी किया।',
  contextEnglish: 'The company released a new model.',
  passage: { source: 'library', ref: 'ntrex-ai-funding', sentence: 3 },
};
const term: NewSavedItem = {
  kind: 'term',
  hindi: 'मॉडल',
  english: 'model',
  entryId: 'model',
  contextHindi: sentence.hindi,
  contextEnglish: sentence.english,
  passage: sentence.passage,
};

describe('scheduling in both directions', () => {
  it('makes a new item due at once in both directions', () => {
    const item = createSavedItem(sentence, 'a', savedAt);
    expect(dueCards([item], savedAt).map((card) => card.direction)).toEqual(['hi-en', 'en-hi']);
    expect(item.review['hi-en'].state).toBe('new');
  });

  it('moves only the rated direction out of due; Good on a new card waits ten minutes', () => {
    const item = createSavedItem(sentence, 'a', savedAt);
    const rated = rate(item, 'hi-en', 'good', minutes(1));
    expect(rated.review['hi-en'].due).toEqual(minutes(11));
    expect(rated.review['hi-en'].state).toBe('learning');
    expect(rated.review['en-hi']).toEqual(item.review['en-hi']);
    expect(dueCards([rated], minutes(2)).map((card) => card.direction)).toEqual(['en-hi']);
    expect(nextDueAt([rated], minutes(2))).toEqual(minutes(11));
  });

  it('schedules Easy further than Good, Good further than Hard, and Again soonest', () => {
    const item = createSavedItem(term, 'b', savedAt);
    const dueOf = (rating: 'again' | 'hard' | 'good' | 'easy') => rate(item, 'en-hi', rating, savedAt).review['en-hi'].due.getTime();
    expect(dueOf('again')).toBeLessThan(dueOf('hard'));
    expect(dueOf('hard')).toBeLessThan(dueOf('good'));
    expect(dueOf('good')).toBeLessThan(dueOf('easy'));
    expect(rate(item, 'en-hi', 'easy', savedAt).review['en-hi'].state).toBe('review');
  });

  it('keeps a learnt card in review and lengthens its interval after each Good', () => {
    let item = createSavedItem(term, 'b', savedAt);
    item = rate(item, 'hi-en', 'good', savedAt);
    item = rate(item, 'hi-en', 'good', minutes(10));
    const firstInterval = item.review['hi-en'].scheduledDays;
    expect(item.review['hi-en'].state).toBe('review');
    const later = item.review['hi-en'].due;
    item = rate(item, 'hi-en', 'good', later);
    expect(item.review['hi-en'].scheduledDays).toBeGreaterThan(firstInterval);
    expect(item.review['hi-en'].reps).toBe(3);
  });

  it('counts a lapse when a card in review is forgotten', () => {
    let item = rate(createSavedItem(term, 'b', savedAt), 'hi-en', 'easy', savedAt);
    item = rate(item, 'hi-en', 'again', days(30));
    expect(item.review['hi-en'].lapses).toBe(1);
    expect(item.review['hi-en'].state).toBe('relearning');
  });

  it('rates a card as it was seen, and refuses one answered since with the item as it stands', () => {
    const item = createSavedItem(sentence, 'a', savedAt);
    const answered = rateIfUnchanged(item, { direction: 'hi-en', rating: 'good', reviewsSeen: 0 }, minutes(1));
    if (!answered.ok) throw new Error('refused');
    expect(answered.item.review['hi-en'].reps).toBe(1);
    expect(rateIfUnchanged(answered.item, { direction: 'hi-en', rating: 'again', reviewsSeen: 0 }, minutes(2))).toEqual({ ok: false, current: answered.item });
    // The other direction keeps its own count, and a caller that sends none is not checked.
    expect(rateIfUnchanged(answered.item, { direction: 'en-hi', rating: 'good', reviewsSeen: 0 }, minutes(2)).ok).toBe(true);
    expect(rateIfUnchanged(answered.item, { direction: 'hi-en', rating: 'good' }, minutes(2)).ok).toBe(true);
  });

  it('lists due cards longest waiting first and says when nothing is due', () => {
    const older = rate(createSavedItem(sentence, 'a', savedAt), 'hi-en', 'again', savedAt);
    const newer = createSavedItem(term, 'b', minutes(5));
    const due = dueCards([newer, older], minutes(30));
    expect(due.map((card) => `${card.item.id}:${card.direction}`)).toEqual(['a:en-hi', 'a:hi-en', 'b:hi-en', 'b:en-hi']);
    const allRated = [older, newer].map((item) => rate(rate(item, 'hi-en', 'easy', minutes(30)), 'en-hi', 'easy', minutes(30)));
    expect(dueCards(allRated, minutes(31))).toEqual([]);
    expect(nextDueAt(allRated, minutes(31))?.getTime()).toBeGreaterThan(days(1).getTime());
    expect(nextDueAt([], savedAt)).toBeNull();
  });
});

describe('review state and items as JSON', () => {
  it('round-trips the review state with real dates', () => {
    const item = rate(createSavedItem(term, 'b', savedAt), 'hi-en', 'good', minutes(1));
    const json = JSON.parse(JSON.stringify(reviewToJson(item.review))) as unknown;
    expect(json).toMatchObject({ 'hi-en': { due: '2026-03-10T09:11:00.000Z', lastReview: '2026-03-10T09:01:00.000Z', state: 'learning' } });
    const back = reviewFromJson(json);
    expect(back).toEqual(item.review);
    expect(back['hi-en'].due).toBeInstanceOf(Date);
  });

  it('refuses a review state that is not one', () => {
    expect(() => reviewFromJson({ 'hi-en': { due: 'tomorrow' } })).toThrow();
  });

  it('round-trips a list kept in the browser', () => {
    const items = [createSavedItem(sentence, 'a', savedAt), rate(createSavedItem(term, 'b', savedAt), 'en-hi', 'hard', minutes(3))];
    expect(parseItems(serializeItems(items))).toEqual({ items, unreadable: 0 });
    expect(parseItems('{"version":2,"items":[]}')).toEqual({ items: [], unreadable: 1 });
    expect(parseItems('{"version":1,')).toEqual({ items: [], unreadable: 1 });
    const stored = JSON.parse(serializeItems(items)) as { version: 1; items: unknown[] };
    stored.items.push({ kind: 'word' });
    expect(parseItems(JSON.stringify(stored))).toEqual({ items, unreadable: 1 });
  });
});

describe('saving with the rules of the server', () => {
  it('keeps the first of two saves of the same item', () => {
    const first = addItem([], sentence, 'a', savedAt, 10);
    if (!first.ok) throw new Error('refused');
    const again = addItem(first.items, { ...sentence, english: 'other' }, 'c', minutes(1), 10);
    expect(again).toMatchObject({ ok: true, created: false, item: { id: 'a' } });
    expect(again.ok && again.items).toHaveLength(1);
    const asTerm = addItem(first.items, { ...sentence, kind: 'word' }, 'd', minutes(1), 10);
    expect(asTerm).toMatchObject({ ok: true, created: true });
  });

  it('refuses past the limit and names the fields of bad input', () => {
    const first = addItem([], sentence, 'a', savedAt, 1);
    if (!first.ok) throw new Error('refused');
    expect(addItem(first.items, term, 'b', savedAt, 1)).toEqual({ ok: false, reason: 'too-many-items' });
    expect(addItem([], { ...term, hindi: '  ' }, 'b', savedAt, 5)).toEqual({ ok: false, reason: 'invalid-input', fields: ['hindi'] });
  });

  it('bounds the Hindi at 2000 characters and the context at 4000', () => {
    expect(maxHindiLength).toBe(2000);
    expect(maxContextLength).toBe(4000);
    expect(newSavedItemSchema.safeParse({ ...term, hindi: 'क'.repeat(2000) }).success).toBe(true);
    expect(newSavedItemSchema.safeParse({ ...term, hindi: 'क'.repeat(2001) }).success).toBe(false);
    expect(newSavedItemSchema.safeParse({ ...term, contextHindi: 'क'.repeat(4001) }).success).toBe(false);
    expect(newSavedItemSchema.safeParse({ ...term, kind: 'phrase' }).success).toBe(false);
    expect(newSavedItemSchema.safeParse({ ...term, passage: { source: 'elsewhere', ref: 'x', sentence: 1 } }).success).toBe(false);
  });
});
