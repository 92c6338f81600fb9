import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '@/lib/auth';
import { isUniqueViolation, tables, type Database } from '@/lib/db';
import { maxItemsPerUser, newSavedItemSchema, ratingInputSchema, type SavedItem } from './model';
import { createSavedItem, rateIfUnchanged, reviewFromJson, reviewToJson } from './schedule';

/** Everything a call needs: the database, who is asking, and the clock (fixed in tests). */
export type MyWordsContext = { db: Database; actor: Actor | null; now?: () => Date };

/**
 * Another user's item and one that does not exist both answer `not-found`, so a guessed id tells
 * nothing. `stale-rating` carries the item as it stands, answered since the learner saw it.
 */
export type MyWordsRefusalCode = 'not-signed-in' | 'not-found' | 'invalid-input' | 'too-many-items' | 'stale-rating';
export type MyWordsRefusal = { ok: false; code: MyWordsRefusalCode; fields?: string[]; current?: SavedItem };
export type MyWordsOutcome<T> = { ok: true; value: T } | MyWordsRefusal;

const idSchema = z.string().min(1).max(100);

function refuse(code: MyWordsRefusalCode, fields?: string[]): MyWordsRefusal {
  return fields ? { ok: false, code, fields } : { ok: false, code };
}

function fieldsOf(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => String(issue.path[0] ?? 'form')))];
}

function nowOf(context: MyWordsContext): Date {
  return context.now ? context.now() : new Date();
}

type Row = typeof tables.savedItem.$inferSelect;

function itemOfRow(row: Row): SavedItem {
  const passage =
    row.passageSource && row.passageRef !== null && row.sentence !== null
      ? { source: row.passageSource, ref: row.passageRef, sentence: row.sentence }
      : null;
  return {
    id: row.id,
    kind: row.kind,
    hindi: row.hindi,
    english: row.english,
    entryId: row.entryId,
    contextHindi: row.contextHindi,
    contextEnglish: row.contextEnglish,
    passage,
    review: reviewFromJson(row.review),
    createdAt: row.createdAt,
  };
}

/** The asking user's saved items, oldest first. */
export async function listSavedItems(context: MyWordsContext): Promise<MyWordsOutcome<SavedItem[]>> {
  if (!context.actor) return refuse('not-signed-in');
  const rows = await context.db
    .select()
    .from(tables.savedItem)
    .where(eq(tables.savedItem.userId, context.actor.userId))
    .orderBy(asc(tables.savedItem.createdAt), asc(tables.savedItem.id));
  return { ok: true, value: rows.map(itemOfRow) };
}

async function findSame(db: Database, userId: string, kind: SavedItem['kind'], hindi: string): Promise<Row | undefined> {
  const [row] = await db
    .select()
    .from(tables.savedItem)
    .where(and(eq(tables.savedItem.userId, userId), eq(tables.savedItem.kind, kind), eq(tables.savedItem.hindi, hindi)));
  return row;
}

/** Holds the user's row until the transaction ends, so that one user's saves take turns. */
async function lockUser(db: Database, userId: string): Promise<void> {
  await db.select({ id: tables.user.id }).from(tables.user).where(eq(tables.user.id, userId)).for('update');
}

/**
 * Saves an item; one already saved (same kind and Hindi) is answered as it is, with `created: false`.
 * Saves of one user take turns, so that two at once cannot both pass the bound.
 */
export async function saveItem(context: MyWordsContext, input: unknown): Promise<MyWordsOutcome<{ item: SavedItem; created: boolean }>> {
  const { actor, db } = context;
  if (!actor) return refuse('not-signed-in');
  const parsed = newSavedItemSchema.safeParse(input);
  if (!parsed.success) return refuse('invalid-input', fieldsOf(parsed.error));
  const now = nowOf(context);
  const item = createSavedItem(parsed.data, randomUUID(), now);
  try {
    return await db.transaction(async (tx): Promise<MyWordsOutcome<{ item: SavedItem; created: boolean }>> => {
      await lockUser(tx, actor.userId);
      const existing = await findSame(tx, actor.userId, item.kind, item.hindi);
      if (existing) return { ok: true, value: { item: itemOfRow(existing), created: false } };
      const [held] = await tx.select({ value: count() }).from(tables.savedItem).where(eq(tables.savedItem.userId, actor.userId));
      if ((held?.value ?? 0) >= maxItemsPerUser) return refuse('too-many-items');
      await tx.insert(tables.savedItem).values({
        id: item.id,
        userId: actor.userId,
        kind: item.kind,
        hindi: item.hindi,
        english: item.english,
        entryId: item.entryId,
        contextHindi: item.contextHindi,
        contextEnglish: item.contextEnglish,
        passageSource: item.passage?.source ?? null,
        passageRef: item.passage?.ref ?? null,
        sentence: item.passage?.sentence ?? null,
        review: reviewToJson(item.review),
        createdAt: now,
        updatedAt: now,
      });
      return { ok: true, value: { item, created: true } };
    });
  } catch (error) {
    // The user's lock makes this rare; the unique index still settles two saves of one item.
    if (!isUniqueViolation(error)) throw error;
    const raced = await findSame(db, actor.userId, item.kind, item.hindi);
    if (!raced) throw error;
    return { ok: true, value: { item: itemOfRow(raced), created: false } };
  }
}

async function ownRow(context: MyWordsContext, db: Database, id: unknown, { lock }: { lock: boolean }): Promise<MyWordsOutcome<Row>> {
  if (!context.actor) return refuse('not-signed-in');
  const parsedId = idSchema.safeParse(id);
  if (!parsedId.success) return refuse('not-found');
  const query = db
    .select()
    .from(tables.savedItem)
    .where(and(eq(tables.savedItem.id, parsedId.data), eq(tables.savedItem.userId, context.actor.userId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ? { ok: true, value: row } : refuse('not-found');
}

export async function deleteSavedItem(context: MyWordsContext, id: unknown): Promise<MyWordsOutcome<{ id: string }>> {
  const own = await ownRow(context, context.db, id, { lock: false });
  if (!own.ok) return own;
  await context.db.delete(tables.savedItem).where(eq(tables.savedItem.id, own.value.id));
  return { ok: true, value: { id: own.value.id } };
}

/**
 * Records one answer in one direction and keeps the new schedule. An answer to a card answered
 * since the learner saw it is refused with the item as it stands, so two tabs never rate it twice.
 */
export async function rateSavedItem(context: MyWordsContext, id: unknown, input: unknown): Promise<MyWordsOutcome<SavedItem>> {
  if (!context.actor) return refuse('not-signed-in');
  const parsed = ratingInputSchema.safeParse(input);
  const now = nowOf(context);
  return context.db.transaction(async (tx): Promise<MyWordsOutcome<SavedItem>> => {
    const own = await ownRow(context, tx, id, { lock: true });
    if (!own.ok) return own;
    if (!parsed.success) return refuse('invalid-input', fieldsOf(parsed.error));
    const outcome = rateIfUnchanged(itemOfRow(own.value), parsed.data, now);
    if (!outcome.ok) return { ok: false, code: 'stale-rating', current: outcome.current };
    await tx
      .update(tables.savedItem)
      .set({ review: reviewToJson(outcome.item.review), updatedAt: now })
      .where(eq(tables.savedItem.id, outcome.item.id));
    return { ok: true, value: outcome.item };
  });
}
