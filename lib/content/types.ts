export type TextLang = 'hi' | 'en';

export type ParagraphKind = 'text' | 'heading' | 'item' | 'quote';

export interface Sentence {
  /** 0-based, counted over the sentence lines of its file. */
  index: number;
  text: string;
  /** The sentence's own language: an English tweet quoted in the Hindi text is 'en'. */
  lang: TextLang;
  paragraph: number;
  /** 1-based line in the source file, for messages. */
  line: number;
}

export interface Paragraph {
  index: number;
  kind: ParagraphKind;
  sentences: number[];
}

export interface PassageSide {
  lang: TextLang;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export interface AlignmentLink {
  /** Stable within a passage: the link's 1-based position in alignment.tsv. */
  id: string;
  hi: number[];
  en: number[];
  line: number;
}

export interface TranslatorNote {
  /** Index of the Hindi sentence the note explains. */
  sentence: number;
  /** Exact text inside that Hindi sentence. */
  phrase: string;
  text: string;
}

/** A text given once for both interface languages, or once per language. */
export type LocalizedText = string | { hi: string; en: string };

export interface PassageSource {
  name: LocalizedText;
  url?: string;
  published?: string;
  licence?: string;
}

export interface PassageMeta {
  slug: string;
  title: { hi: string; en: string };
  source: PassageSource;
  translation: { by: string; licence?: string };
  /** The day the passage joined the library (YYYY-MM-DD); a save stamps it. */
  added?: string;
}

/** Pins the glossary entry a form shared by several entries means at one place in the Hindi. */
export interface SensePin {
  sentence: number;
  /** Exact text inside that Hindi sentence, containing the shared form. */
  phrase: string;
  entry: string;
}

/** What one glossary entry means in this passage only: shown on the entry's card in this passage. */
export interface EntryNote {
  entry: string;
  text: string;
}

export interface Passage extends PassageMeta {
  hi: PassageSide;
  en: PassageSide;
  links: AlignmentLink[];
  notes: TranslatorNote[];
  senses: SensePin[];
  entryNotes: EntryNote[];
}

export interface PassageSummary extends PassageMeta {
  sentenceCount: { hi: number; en: number };
  wordCount: { hi: number; en: number };
}

export interface ContentProblem {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  message: string;
}
