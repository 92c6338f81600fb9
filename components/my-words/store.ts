import {
  addItem,
  itemFromJson,
  maxItemsPerUser,
  parseItems,
  rateIfUnchanged,
  removeItem,
  replaceItem,
  serializeItems,
  type Direction,
  type NewSavedItem,
  type ReviewRating,
  type SavedItem,
} from '@/lib/my-words';
import { readStored, writeStored } from '@/lib/browser-storage';
import type { Lng } from '@/lib/i18n';

/** Where a reader's words are kept: their account when signed in, else this browser. */
export type WordsPlace = 'account' | 'browser';

export const browserStorageKey = 'sahpath:my-words';
const apiPath = '/api/study/saved-items';

export type MyWordsErrorCode = 'not-found' | 'invalid-input' | 'too-many-items' | 'stale-rating' | 'network' | 'storage';

/**
 * A refusal or failure to show: the server's message in the reader's language when it sent one.
 * A stale rating carries the item as it stands, to go on from.
 */
export class MyWordsError extends Error {
  constructor(
    readonly code: MyWordsErrorCode,
    readonly serverMessage?: string,
    readonly current?: SavedItem,
  ) {
    super(serverMessage ?? code);
    this.name = 'MyWordsError';
  }
}

/** Where stored text that could not be read is kept aside, so that writing the rest loses nothing. */
const unreadableStorageKey = `${browserStorageKey}:unreadable`;

function readBrowserItems(): SavedItem[] {
  const text = readStored(browserStorageKey);
  if (!text) return [];
  const { items, unreadable } = parseItems(text);
  if (unreadable > 0 && readStored(unreadableStorageKey) === null) writeStored(unreadableStorageKey, text);
  return items;
}

function writeBrowserItems(items: readonly SavedItem[]): void {
  // A full quota or storage turned off: the words stay for this page view, and the reader is told.
  if (!writeStored(browserStorageKey, serializeItems(items))) throw new MyWordsError('storage');
}

async function callApi(path: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...init.headers }, cache: 'no-store' });
  } catch (error) {
    if (error instanceof TypeError) throw new MyWordsError('network');
    throw error;
  }
  const body: unknown = await response.json().catch((error: unknown) => {
    if (error instanceof SyntaxError) return null;
    throw error;
  });
  return { status: response.status, body };
}

function refusalOf(status: number, body: unknown): MyWordsError {
  const { error, message } = (typeof body === 'object' && body !== null ? body : {}) as { error?: unknown; message?: unknown };
  const known: MyWordsErrorCode[] = ['not-found', 'invalid-input', 'too-many-items', 'stale-rating'];
  const code = known.find((candidate) => candidate === error) ?? 'network';
  const serverMessage = typeof message === 'string' && status !== 401 ? message : undefined;
  return new MyWordsError(code, serverMessage, code === 'stale-rating' ? itemOf(body) : undefined);
}

function itemsOf(body: unknown): SavedItem[] {
  const items = (body as { items?: unknown }).items;
  return Array.isArray(items) ? items.map(itemFromJson) : [];
}

function itemOf(body: unknown): SavedItem {
  return itemFromJson((body as { item?: unknown }).item);
}

/** The reader's words and where they are kept: the account answers, or 401 sends us to the browser. */
export async function loadMyWords(): Promise<{ place: WordsPlace; items: SavedItem[] }> {
  const { status, body } = await callApi(apiPath, { method: 'GET' });
  if (status === 401) return { place: 'browser', items: readBrowserItems() };
  if (status !== 200) throw refusalOf(status, body);
  return { place: 'account', items: itemsOf(body) };
}

export interface SaveResult {
  item: SavedItem;
  created: boolean;
  place: WordsPlace;
  /** How many items the reader has after this save, where known. */
  count: number | null;
}

function saveInBrowser(input: NewSavedItem): SaveResult {
  const items = readBrowserItems();
  const outcome = addItem(items, input, crypto.randomUUID(), new Date(), maxItemsPerUser);
  if (!outcome.ok) throw new MyWordsError(outcome.reason);
  if (outcome.created) writeBrowserItems(outcome.items);
  return { item: outcome.item, created: outcome.created, place: 'browser', count: outcome.items.length };
}

/** Saves to the account, or to this browser for a reader who is not signed in. */
export async function saveToMyWords(lng: Lng, input: NewSavedItem, place: WordsPlace | null): Promise<SaveResult> {
  if (place === 'browser') return saveInBrowser(input);
  const { status, body } = await callApi(apiPath, { method: 'POST', body: JSON.stringify({ lng, item: input }) });
  if (status === 401) return saveInBrowser(input);
  if (status !== 200) throw refusalOf(status, body);
  const { created } = body as { created?: unknown };
  return { item: itemOf(body), created: created === true, place: 'account', count: null };
}

export async function deleteFromMyWords(lng: Lng, place: WordsPlace, id: string): Promise<void> {
  if (place === 'browser') {
    writeBrowserItems(removeItem(readBrowserItems(), id));
    return;
  }
  const { status, body } = await callApi(`${apiPath}/${encodeURIComponent(id)}`, { method: 'DELETE', body: JSON.stringify({ lng }) });
  if (status !== 200) throw refusalOf(status, body);
}

/** One answer on the card as the learner saw it; refused as `stale-rating` when it was answered since. */
export async function rateInMyWords(lng: Lng, place: WordsPlace, item: SavedItem, direction: Direction, rating: ReviewRating): Promise<SavedItem> {
  const reviewsSeen = item.review[direction].reps;
  if (place === 'browser') {
    const items = readBrowserItems();
    const current = items.find((candidate) => candidate.id === item.id);
    if (!current) throw new MyWordsError('not-found');
    const outcome = rateIfUnchanged(current, { direction, rating, reviewsSeen }, new Date());
    if (!outcome.ok) throw new MyWordsError('stale-rating', undefined, outcome.current);
    writeBrowserItems(replaceItem(items, outcome.item));
    return outcome.item;
  }
  const { status, body } = await callApi(`${apiPath}/${encodeURIComponent(item.id)}/rate`, {
    method: 'POST',
    body: JSON.stringify({ lng, direction, rating, reviewsSeen }),
  });
  if (status !== 200) throw refusalOf(status, body);
  return itemOf(body);
}

/** The message for a refusal or failure, in the reader's language. */
export function describeMyWordsError(error: MyWordsError, translate: (key: string) => string): string {
  return error.serverMessage ?? translate(`errors.${error.code}`);
}
