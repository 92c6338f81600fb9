import { linkPassageTerms, type Passage, type ParagraphKind, type TextLang, type TranslatorNote } from '@/lib/content';
import { splitAtMatches, type GlossaryLinker, type TextSegment } from '@/lib/glossary';

export type { TextSegment };

export interface SentenceView {
  index: number;
  lang: TextLang;
  segments: TextSegment[];
}

export interface PairView {
  linkId: string;
  hi: SentenceView[];
  en: SentenceView[];
  notes: TranslatorNote[];
}

export interface ParagraphView {
  index: number;
  kind: ParagraphKind;
  pairs: PairView[];
}

export interface ReaderView {
  paragraphs: ParagraphView[];
  /** Every glossary entry linked somewhere in the passage, in order of first appearance. */
  entryIds: string[];
}

/**
 * Lays a passage out as the reader shows it: Hindi paragraphs, each a run of alignment pairs,
 * with glossary terms linked in the Hindi (a shared form chosen per occurrence) and the source
 * words of the entries chosen marked in the English.
 */
export function buildReaderView(passage: Passage, linker: GlossaryLinker): ReaderView {
  const termsBySentence = linkPassageTerms(passage, linker);
  const paragraphs: ParagraphView[] = [];
  const entryIds = new Set<string>();
  let currentParagraph: ParagraphView | undefined;

  for (const link of passage.links) {
    const firstHindi = link.hi[0] === undefined ? undefined : passage.hi.sentences[link.hi[0]];
    const paragraphIndex = firstHindi?.paragraph ?? currentParagraph?.index ?? 0;
    if (!currentParagraph || currentParagraph.index !== paragraphIndex) {
      currentParagraph = {
        index: paragraphIndex,
        kind: passage.hi.paragraphs[paragraphIndex]?.kind ?? 'text',
        pairs: [],
      };
      paragraphs.push(currentParagraph);
    }

    const pairEntryIds = new Set<string>();
    const hi = link.hi.map((index) => {
      const sentence = passage.hi.sentences[index];
      if (!sentence) throw new Error(`Link ${link.id} names Hindi sentence ${index}, which does not exist`);
      const matches = termsBySentence[index] ?? [];
      for (const match of matches) {
        pairEntryIds.add(match.entryId);
        entryIds.add(match.entryId);
      }
      return { index, lang: sentence.lang, segments: splitAtMatches(sentence.text, matches) };
    });
    const en = link.en.map((index) => {
      const sentence = passage.en.sentences[index];
      if (!sentence) throw new Error(`Link ${link.id} names English sentence ${index}, which does not exist`);
      const matches = linker.linkSourceWords(sentence.text, pairEntryIds);
      return { index, lang: sentence.lang, segments: splitAtMatches(sentence.text, matches) };
    });
    const notes = passage.notes.filter((note) => link.hi.includes(note.sentence));
    currentParagraph.pairs.push({ linkId: link.id, hi, en, notes });
  }

  return { paragraphs, entryIds: [...entryIds] };
}

const keptViews = new WeakMap<Passage, WeakMap<GlossaryLinker, ReaderView>>();

/**
 * The view of a passage, laid out once per passage and linker and then reused: pages that show
 * the same assignment to a whole class would otherwise lay it out again for every student.
 * Callers must not change what they get.
 */
export function keptReaderView(passage: Passage, linker: GlossaryLinker): ReaderView {
  const byLinker = keptViews.get(passage) ?? new WeakMap<GlossaryLinker, ReaderView>();
  keptViews.set(passage, byLinker);
  const kept = byLinker.get(linker);
  if (kept) return kept;
  const view = buildReaderView(passage, linker);
  byLinker.set(linker, view);
  return view;
}
