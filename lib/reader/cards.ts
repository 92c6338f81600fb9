import type { Passage } from '@/lib/content';
import type { GlossaryEntry } from '@/lib/glossary';

export interface GlossaryCardData {
  headword: string;
  romanization: string;
  /** Part of speech, gender and origin, in the interface language. */
  grammar: string;
  meaning: string;
  native?: string;
  /** What the entry means in this passage only (the passage's `entryNotes`). */
  note?: string;
}

export interface GlossaryCards {
  labels: { native: string };
  cards: Record<string, GlossaryCardData>;
}

type Translate = (key: string, options?: Record<string, string>) => string;

/**
 * What a term's card shows, worded in the interface language; `note` is what the entry means in
 * the passage the card is for, which the entry's own meaning does not say.
 */
export function describeGlossaryCard(
  entry: GlossaryEntry,
  common: Translate,
  reader: Translate,
  note?: string,
): GlossaryCardData {
  const grammar = [common(`pos.${entry.pos}`), entry.gender ? common(`gender.${entry.gender}`) : null]
    .filter((part): part is string => part !== null)
    .join(', ');
  const origin = reader('card.from', { origin: common(`origin.${entry.origin}`), source: entry.source });
  return {
    headword: entry.headword,
    romanization: entry.romanization,
    grammar: `${grammar} · ${origin}`,
    meaning: entry.meaning,
    ...(entry.native ? { native: entry.native } : {}),
    ...(note ? { note } : {}),
  };
}

/** The cards of the entries a passage links, each with the passage's own note on it, if any. */
export function describePassageCards(
  passage: Pick<Passage, 'entryNotes'>,
  entryIds: readonly string[],
  glossary: readonly GlossaryEntry[],
  common: Translate,
  reader: Translate,
): GlossaryCards {
  const entries = new Map(glossary.map((entry) => [entry.id, entry]));
  const notes = new Map<string, string>();
  for (const { entry, text } of passage.entryNotes) if (!notes.has(entry)) notes.set(entry, text);
  return {
    labels: { native: reader('card.native') },
    cards: Object.fromEntries(
      entryIds.flatMap((id) => {
        const entry = entries.get(id);
        return entry ? [[id, describeGlossaryCard(entry, common, reader, notes.get(id))]] : [];
      }),
    ),
  };
}
