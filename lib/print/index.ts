import { pairsInRange } from '@/lib/classroom';
import type { ParagraphKind, Passage, TextLang } from '@/lib/content';
import type { GlossaryEntry } from '@/lib/glossary';
import type { ReaderView, TextSegment } from '@/lib/reader';
import { romanizeHindi } from '@/lib/text';
import { hindiLexicon } from '@/lib/text/hindi-lexicon';

export const englishModes = ['blank', 'shown'] as const;
export type EnglishMode = (typeof englishModes)[number];

export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

export interface WorksheetOptions {
  /** Ruled space to write the English in, or the English itself. */
  english: EnglishMode;
  romanize: boolean;
  paper: PaperSize;
}

export const defaultWorksheetOptions: WorksheetOptions = { english: 'blank', romanize: false, paper: 'a4' };

/** The query a worksheet page reads its options from; what its GET form sends. */
export type WorksheetQuery = Record<string, string | string[] | undefined>;

/** The options a query asks for, and the names of the fields whose values were not understood (those keep their defaults). */
export function readWorksheetOptions(query: WorksheetQuery): { options: WorksheetOptions; misread: (keyof WorksheetOptions)[] } {
  const misread: (keyof WorksheetOptions)[] = [];
  const pick = <T extends string>(name: keyof WorksheetOptions, allowed: readonly T[], fallback: T): T => {
    const raw = query[name];
    if (raw === undefined) return fallback;
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (allowed.includes(value as T)) return value as T;
    misread.push(name);
    return fallback;
  };
  const english = pick('english', englishModes, defaultWorksheetOptions.english);
  const paper = pick('paper', paperSizes, defaultWorksheetOptions.paper);
  // A checkbox sends its value when ticked and nothing at all when not.
  const romanize = pick('romanize', ['1'], '0') === '1';
  return { options: { english, romanize, paper }, misread };
}

/** The query string that asks for these options, in the form's field order. */
export function worksheetQueryString(options: WorksheetOptions): string {
  const query = new URLSearchParams({ english: options.english, paper: options.paper });
  if (options.romanize) query.set('romanize', '1');
  return query.toString();
}

const pageSizes: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' };

/**
 * The @page rule for the chosen paper. One margin serves both: A4 is narrower and Letter
 * shorter, and 16 mm leaves each a text block of about the same width and length.
 */
export function pageRule(paper: PaperSize): string {
  return `@page { size: ${pageSizes[paper]} portrait; margin: 16mm 16mm 18mm; }`;
}

/** One Hindi sentence of a numbered line, as the reader splits it at glossary terms. */
export interface WorksheetSentence {
  lang: TextLang;
  segments: TextSegment[];
}

export interface WorksheetLine {
  /** 1-based position of the pair in what is printed: the passage, or the assignment's range. */
  number: number;
  linkId: string;
  kind: ParagraphKind;
  hindi: WorksheetSentence[];
  english: string;
  /** The Hindi romanised, when the options ask for it. */
  romanization: string | null;
  /** Ruled lines to leave for writing the English in, when it is not shown. */
  writingLines: number;
}

export interface WorksheetGlossaryRow {
  entryId: string;
  headword: string;
  romanization: string;
  pos: GlossaryEntry['pos'];
  gender: GlossaryEntry['gender'];
  meaning: string;
}

export interface Worksheet {
  lines: WorksheetLine[];
  glossary: WorksheetGlossaryRow[];
}

/** The sentences of an assignment's range, as its classroom counts them. */
export interface SentenceRange {
  firstSentence: number;
  lastSentence: number;
}

const charactersPerWritingLine = 48;
const fewestWritingLines = 2;
const mostWritingLines = 8;

/**
 * Lines of handwriting an English rendering takes: handwriting is larger than print, so about
 * 48 characters a line, never fewer than two lines nor more than eight.
 */
export function countWritingLines(english: string): number {
  const needed = Math.ceil(english.trim().length / charactersPerWritingLine);
  return Math.min(mostWritingLines, Math.max(fewestWritingLines, needed));
}

const textOf = (segments: readonly TextSegment[]): string => segments.map((segment) => segment.text).join('');

/**
 * The worksheet of a passage, or of an assignment's range of it: each alignment pair a numbered
 * line, with its English (to show or to leave room for), its romanisation if asked, and the
 * glossary of the entries linked in the printed Hindi, in order of first appearance.
 */
export function buildWorksheet(
  passage: Passage,
  view: ReaderView,
  entries: ReadonlyMap<string, GlossaryEntry>,
  options: WorksheetOptions,
  range?: SentenceRange,
): Worksheet {
  const inRange = range ? new Set(pairsInRange(passage, range.firstSentence, range.lastSentence).map((pair) => pair.linkId)) : null;
  const lines: WorksheetLine[] = [];
  const entryIds = new Set<string>();
  for (const paragraph of view.paragraphs) {
    for (const pair of paragraph.pairs) {
      if (inRange && !inRange.has(pair.linkId)) continue;
      const hindi = pair.hi.map((sentence) => ({ lang: sentence.lang, segments: sentence.segments }));
      for (const sentence of hindi) {
        for (const segment of sentence.segments) if (segment.entryId) entryIds.add(segment.entryId);
      }
      const english = pair.en.map((sentence) => textOf(sentence.segments)).join(' ');
      const hindiText = hindi.map((sentence) => textOf(sentence.segments)).join(' ');
      lines.push({
        number: lines.length + 1,
        linkId: pair.linkId,
        kind: paragraph.kind,
        hindi,
        english,
        romanization: options.romanize ? romanizeHindi(hindiText, hindiLexicon()) : null,
        writingLines: countWritingLines(english),
      });
    }
  }
  const glossary = [...entryIds].map((entryId): WorksheetGlossaryRow => {
    const entry = entries.get(entryId);
    if (!entry) throw new Error(`The passage links the glossary entry ${entryId}, which is not in the glossary it was linked with`);
    return {
      entryId,
      headword: entry.headword,
      romanization: entry.romanization,
      pos: entry.pos,
      gender: entry.gender,
      meaning: entry.meaning,
    };
  });
  return { lines, glossary };
}
