import { readStoredJson, removeStored, writeStored } from '@/lib/browser-storage';
import {
  parseDictionaryTemplates,
  parseStatusRecord,
  statusRecord,
  withStatus,
  type DictionaryTemplates,
  type KeptWordStatus,
  type WordStatus,
  type WordStatusMap,
} from '@/lib/words';

/**
 * The learner's word statuses in the browser, shared by the reader's word card, the study bar's
 * counts and the library's total. A signed-in user's live in the database (through the API); an
 * anonymous reader's, whom the API answers 401, in browser storage.
 */
export const wordStatusStorageKey = 'sahpath:word-status';
export const dictionaryTemplatesStorageKey = 'sahpath:dictionary-templates';
const endpoint = '/api/study/word-status';

export type WordStatusState = {
  statuses: WordStatusMap;
  /** Where the statuses are kept; loading until the API has answered. */
  storage: 'loading' | 'account' | 'browser';
};

type Listener = (state: WordStatusState) => void;

let state: WordStatusState = { statuses: new Map(), storage: 'loading' };
let loading: Promise<WordStatusState> | undefined;
const listeners = new Set<Listener>();

function publish(next: WordStatusState) {
  state = next;
  for (const listener of listeners) listener(state);
}

function readBrowserStatuses(): Map<string, KeptWordStatus> {
  return readStoredJson(wordStatusStorageKey, parseStatusRecord) ?? new Map();
}

export function currentWordStatuses(): WordStatusState {
  return state;
}

/** Loads the statuses once per page life: from the account if signed in, else from this browser. */
export function loadWordStatuses(): Promise<WordStatusState> {
  loading ??= (async () => {
    const response = await fetch(endpoint, { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (response.status === 401) {
      publish({ statuses: readBrowserStatuses(), storage: 'browser' });
      return state;
    }
    if (!response.ok) throw new Error(`Word statuses: ${response.status} from ${endpoint}`);
    const body = (await response.json()) as { statuses?: unknown };
    publish({ statuses: parseStatusRecord(body.statuses), storage: 'account' });
    return state;
  })();
  // A failed load is forgotten, so the next caller tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export function subscribeWordStatuses(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Sets one family's status at once on the page, then keeps it; if the account cannot keep it the
 * page goes back to what it was and the promise rejects, so the caller can say so.
 */
export async function setWordStatus(family: string, status: WordStatus): Promise<void> {
  const loaded = await loadWordStatuses();
  const before = loaded.statuses;
  publish({ ...loaded, statuses: withStatus(before, family, status) });
  if (state.storage === 'browser') {
    writeStored(wordStatusStorageKey, JSON.stringify(statusRecord(state.statuses)));
    return;
  }
  const response = await fetch(endpoint, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ family, status }),
  });
  if (!response.ok) {
    publish({ ...state, statuses: withStatus(state.statuses, family, before.get(family) ?? 'new') });
    throw new Error(`Word status: ${response.status} from ${endpoint}`);
  }
}

export function readDictionaryTemplates(): DictionaryTemplates {
  return readStoredJson(dictionaryTemplatesStorageKey, parseDictionaryTemplates) ?? parseDictionaryTemplates(null);
}

export function writeDictionaryTemplates(templates: DictionaryTemplates | null): void {
  if (templates) writeStored(dictionaryTemplatesStorageKey, JSON.stringify(templates));
  else removeStored(dictionaryTemplatesStorageKey);
}
