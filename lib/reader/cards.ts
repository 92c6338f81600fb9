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

/** What a term's card shows, worded in the interface language. */
export function describeGlossaryCard(entry: GlossaryEntry, common: Translate, reader: Translate): GlossaryCardData {
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
  };
}
