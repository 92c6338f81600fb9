/**
 * What the reader keeps of reveal mode in the browser. Two things are kept apart on purpose:
 * `revealed` is a history (the pairs whose English this reader has shown, as the classroom
 * counts them), `hidden` is a view (those of them hidden again on screen). "Hide all" only
 * grows the view's list, so it never takes back a reveal the teacher has seen.
 */
export interface StoredReveals {
  revealed: number[];
  hidden: number[];
}

/** A passage as reveals name it: the reader's `data-passage-source` and `data-passage-ref`. */
export interface RevealPassage {
  source: 'library' | 'teacher';
  ref: string;
}

export const revealModeStorageKey = 'sahpath:reveal-mode';
export const revealModeOn = 'on';

export function revealStorageKey(passage: RevealPassage): string {
  return `sahpath:reveals:${passage.source}:${passage.ref}`;
}

const emptyReveals: StoredReveals = { revealed: [], hidden: [] };

function validPairKeys(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return sortedUnique(value.filter((key): key is number => Number.isInteger(key) && key >= 0));
}

function sortedUnique(keys: Iterable<number>): number[] {
  return [...new Set(keys)].sort((a, b) => a - b);
}

/** The stored record, or an empty one when there is none or it is not ours (edited, older, broken). */
export function parseStoredReveals(raw: string | null): StoredReveals {
  if (raw === null) return emptyReveals;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    if (error instanceof SyntaxError) return emptyReveals;
    throw error;
  }
  if (typeof parsed !== 'object' || parsed === null) return emptyReveals;
  const record = parsed as Record<string, unknown>;
  return { revealed: validPairKeys(record.revealed), hidden: validPairKeys(record.hidden) };
}

export function serializeStoredReveals(reveals: StoredReveals): string {
  return JSON.stringify({ revealed: sortedUnique(reveals.revealed), hidden: sortedUnique(reveals.hidden) });
}

/** Shows these pairs' English: they join the history and leave the hidden view. */
export function revealPairs(reveals: StoredReveals, keys: Iterable<number>): StoredReveals {
  const shown = new Set(keys);
  return {
    revealed: sortedUnique([...reveals.revealed, ...shown]),
    hidden: reveals.hidden.filter((key) => !shown.has(key)),
  };
}

/** Shows these pairs' English again without adding them to this browser's history (the account keeps it). */
export function unhidePairs(reveals: StoredReveals, keys: Iterable<number>): StoredReveals {
  const shown = new Set(keys);
  return { revealed: reveals.revealed, hidden: reveals.hidden.filter((key) => !shown.has(key)) };
}

/** Hides these pairs' English again on screen; the history keeps them. */
export function hidePairs(reveals: StoredReveals, keys: Iterable<number>): StoredReveals {
  return { revealed: reveals.revealed, hidden: sortedUnique([...reveals.hidden, ...keys]) };
}

/**
 * The pairs whose English shows: everything revealed here or recorded elsewhere (the account's
 * reveals, made in this reader or in an assignment), less what this reader hid again.
 */
export function shownPairs(reveals: StoredReveals, recorded: Iterable<number> = []): Set<number> {
  const hidden = new Set(reveals.hidden);
  return new Set([...reveals.revealed, ...recorded].filter((key) => !hidden.has(key)));
}
