import type { ZodType } from 'zod';

/**
 * Browser storage that a study tool can always call. A browser may refuse storage (switched off,
 * blocked cookies: reading `localStorage` throws SecurityError; full: `setItem` throws
 * QuotaExceededError). That is an expected state, not a fault: what is written then is kept for this
 * page view only, so the tools go on working, and the writer is told (false) to say so if it can.
 * On the server, where there is no window, nothing is stored and nothing is read.
 */

/** Values written while the browser refused them: `null` is a removal. Kept for this page view. */
const pageOnly = new Map<string, string | null>();

/** A refusal is a DOMException (SecurityError, QuotaExceededError, …); anything else is a fault. */
function isRefusal(error: unknown): boolean {
  return error instanceof DOMException;
}

function storage(): Storage | null {
  if (typeof window === 'undefined') return null;
  return window.localStorage;
}

/** Runs an action on storage; a refusal (or no window) answers `refused` instead of throwing. */
function attempt<T>(action: (store: Storage) => T, refused: T): T {
  try {
    const store = storage();
    return store ? action(store) : refused;
  } catch (error) {
    if (isRefusal(error)) return refused;
    throw error;
  }
}

/** The stored text, or null when there is none, storage is refused, or there is no window. */
export function readStored(key: string): string | null {
  if (pageOnly.has(key)) return pageOnly.get(key) ?? null;
  return attempt((store) => store.getItem(key), null);
}

/**
 * The stored JSON as the parser (a zod schema, or a function that throws on bad input) reads it;
 * null when nothing is stored or what is stored is damaged (not JSON, or not our shape).
 */
export function readStoredJson<T>(key: string, parse: ZodType<T> | ((value: unknown) => T)): T | null {
  const text = readStored(key);
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
  if (typeof parse !== 'function') {
    const result = parse.safeParse(value);
    return result.success ? result.data : null;
  }
  return parse(value);
}

/** Keeps the text; false when the browser refused it (it is then kept for this page view only). */
export function writeStored(key: string, value: string): boolean {
  const kept = attempt((store) => {
    store.setItem(key, value);
    return true;
  }, false);
  if (kept) pageOnly.delete(key);
  else pageOnly.set(key, value);
  return kept;
}

/** Forgets the key; false when the browser refused (it is then forgotten for this page view only). */
export function removeStored(key: string): boolean {
  const removed = attempt((store) => {
    store.removeItem(key);
    return true;
  }, false);
  if (removed) pageOnly.delete(key);
  else pageOnly.set(key, null);
  return removed;
}

/** Forgets what was kept for this page view only; for tests. */
export function forgetPageOnlyValues(): void {
  pageOnly.clear();
}
