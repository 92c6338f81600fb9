import type { SavedItem } from './model';

export const ankiFileName = 'sahpath-my-words.txt';

export interface AnkiExportOptions {
  /** Column names for Anki's field mapping, in order: Hindi, English, Context, Source. */
  columns?: readonly [string, string, string, string];
  deck?: string;
  /** How the Source column names where an item came from (a link to the sentence, say). */
  describeSource?: (item: SavedItem) => string;
}

function defaultSource(item: SavedItem): string {
  return item.passage ? `${item.passage.ref} #${item.passage.sentence}` : '';
}

/**
 * One field as Anki's tab-separated importer reads it: tabs and line breaks would start a new
 * field or note, so they become spaces; a field holding a double quote is quoted, with its
 * quotes doubled, so the importer does not take the quote as the start of a quoted field.
 */
export function ankiField(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ').trim();
  return flat.includes('"') ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/**
 * Saved items as a text file Anki imports (File → Import): header lines naming the separator,
 * plain text (no HTML) and the columns, then one note per line. UTF-8, so Devanagari stays as written.
 */
export function toAnkiText(items: readonly SavedItem[], options: AnkiExportOptions = {}): string {
  const columns = options.columns ?? ['Hindi', 'English', 'Context', 'Source'];
  const describeSource = options.describeSource ?? defaultSource;
  const header = ['#separator:tab', '#html:false', ...(options.deck ? [`#deck:${ankiField(options.deck)}`] : []), `#columns:${columns.map(ankiField).join('\t')}`];
  const rows = items.map((item) => {
    // A saved sentence is its own context.
    const context = item.kind === 'sentence' ? '' : [item.contextHindi, item.contextEnglish].filter(Boolean).join(' — ');
    return [item.hindi, item.english, context, describeSource(item)].map(ankiField).join('\t');
  });
  return `${[...header, ...rows].join('\n')}\n`;
}
