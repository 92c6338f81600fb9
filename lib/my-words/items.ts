import { z } from 'zod';
import { newSavedItemSchema, savedItemKinds, type NewSavedItem, type SavedItem } from './model';
import { createSavedItem, reviewStateJsonSchema, reviewToJson, type ReviewStateJson } from './schedule';

/** A saved item as JSON carries it: to the browser from the API, and in the browser's storage. */
export type SavedItemJson = Omit<SavedItem, 'review' | 'createdAt'> & { review: ReviewStateJson; createdAt: string };

export function itemToJson(item: SavedItem): SavedItemJson {
  return { ...item, review: reviewToJson(item.review), createdAt: item.createdAt.toISOString() };
}

const savedItemJsonSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(savedItemKinds),
  hindi: z.string(),
  english: z.string(),
  entryId: z.string().nullable(),
  contextHindi: z.string(),
  contextEnglish: z.string(),
  passage: z.object({ source: z.enum(['library', 'teacher']), ref: z.string(), sentence: z.int() }).nullable(),
  review: reviewStateJsonSchema,
  createdAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
});

/** One item read back from JSON; throws on anything that is not one. */
export function itemFromJson(value: unknown): SavedItem {
  return savedItemJsonSchema.parse(value);
}

export function serializeItems(items: readonly SavedItem[]): string {
  return JSON.stringify({ version: 1, items: items.map(itemToJson) });
}

/**
 * Items kept in the browser. What cannot be read (broken JSON, an item of another shape) is left
 * out and counted, so that one bad entry never locks the reader out of the rest.
 */
export function parseItems(text: string): { items: SavedItem[]; unreadable: number } {
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return { items: [], unreadable: 1 };
    throw error;
  }
  const list = z.object({ version: z.literal(1), items: z.array(z.unknown()) }).safeParse(stored);
  if (!list.success) return { items: [], unreadable: 1 };
  const items: SavedItem[] = [];
  for (const value of list.data.items) {
    const item = savedItemJsonSchema.safeParse(value);
    if (item.success) items.push(item.data);
  }
  return { items, unreadable: list.data.items.length - items.length };
}

/** Two items are the same when kind and Hindi match: saving one again keeps the first. */
export function sameItem(a: Pick<SavedItem, 'kind' | 'hindi'>, b: Pick<SavedItem, 'kind' | 'hindi'>): boolean {
  return a.kind === b.kind && a.hindi === b.hindi;
}

export type AddOutcome = { ok: true; items: SavedItem[]; item: SavedItem; created: boolean } | { ok: false; reason: 'invalid-input' | 'too-many-items'; fields?: string[] };

/** Adds an item to a list kept in the browser, with the server's rules: checked input, no duplicates, a bound. */
export function addItem(items: readonly SavedItem[], input: unknown, id: string, now: Date, limit: number): AddOutcome {
  const parsed = newSavedItemSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid-input', fields: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'form')))] };
  }
  const existing = items.find((item) => sameItem(item, parsed.data));
  if (existing) return { ok: true, items: [...items], item: existing, created: false };
  if (items.length >= limit) return { ok: false, reason: 'too-many-items' };
  const item = createSavedItem(parsed.data satisfies NewSavedItem, id, now);
  return { ok: true, items: [...items, item], item, created: true };
}

export function removeItem(items: readonly SavedItem[], id: string): SavedItem[] {
  return items.filter((item) => item.id !== id);
}

export function replaceItem(items: readonly SavedItem[], next: SavedItem): SavedItem[] {
  return items.map((item) => (item.id === next.id ? next : item));
}
