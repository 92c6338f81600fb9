/**
 * What one study tool asks of another through the document, so that each stays its own island:
 * the word card asks My words to save, without importing it.
 */
export const saveItemEvent = 'sahpath:save-item';

export interface SaveItemDetail {
  kind: 'term' | 'word' | 'sentence';
  /** The Hindi saved: the word as written in the text, the term's headword, or the sentence. */
  hindi: string;
  /** Its meaning or translation where one is known (a glossary meaning, an English sentence). */
  english: string;
  entryId?: string;
  /** The sentence it came from, in both languages, and where that sentence is. */
  context: { hindi: string; english: string; sentence: number };
}

export function requestSave(detail: SaveItemDetail): void {
  document.dispatchEvent(new CustomEvent<SaveItemDetail>(saveItemEvent, { detail }));
}
