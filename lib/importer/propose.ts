import { alignSentences, validateTexts, type AlignmentLink, type TextProblem } from '@/lib/align';
import type { DraftSentence, ParagraphKind } from '@/lib/content';
import type { GlossaryEntry } from '@/lib/glossary';
import { detectLoanwords } from '@/lib/loanwords';
import { splitParagraphs, splitSentences, toMatchKey } from '@/lib/text';
import { guessGender } from './gender';
import { toEntryId } from './ids';
import { createPieceLocator, maskMarkup, type MaskedText, type TextRange } from './markup';
import { writePlaceholderMeaning } from './placeholder';

/** Longest text accepted on each side: about forty pages, far beyond a classroom passage. */
export const maxTextLength = 100_000;

/**
 * No UTF-8 file larger than this holds a text within the limit (a byte-order mark aside): no
 * character takes more than three bytes for each UTF-16 unit it counts in `String.length`.
 */
export const maxUploadBytes = maxTextLength * 3;

export interface ImportTexts {
  hi: string;
  en: string;
  /** Each non-empty line is one sentence, as given. */
  presplit?: boolean;
}

export interface SplitText {
  sentences: DraftSentence[];
  kinds: Record<number, ParagraphKind>;
}

export interface ImportProposal {
  hi: DraftSentence[];
  en: DraftSentence[];
  kinds: { hi: Record<number, ParagraphKind>; en: Record<number, ParagraphKind> };
  links: AlignmentLink[];
  /** Proposed glossary entries, not yet reviewed, with ids and forms new to the glossary. */
  candidates: GlossaryEntry[];
}

export type ProposalResult = { ok: true; proposal: ImportProposal } | { ok: false; problems: TextProblem[] };

const bullet = /^[-•*]\s+/;

/**
 * Where the sentences of one paragraph lie in the masked text. Markup that ends a sentence's range
 * but stands apart from it ("Two. <i>Three.</i>") opens the next sentence on the same line.
 */
function findSentenceRanges(
  block: string,
  lang: 'hi' | 'en',
  presplit: boolean,
  locate: (piece: string) => TextRange,
  markup: MaskedText,
): TextRange[] {
  if (presplit) {
    return block
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => locate(line.trim()));
  }
  const ranges = splitSentences(block, lang).map(locate);
  const onOneLine = (before: TextRange, after: TextRange) => !/[\r\n]/u.test(markup.masked.slice(before[1], after[0]));
  const opening = ranges.map((range, index) => {
    const next = ranges[index + 1];
    return next && onOneLine(range, next) ? markup.findDetachedMarkup(range) : undefined;
  });
  return ranges.map(([start, end], index) => [opening[index - 1]?.markupStart ?? start, opening[index]?.textEnd ?? end]);
}

/**
 * Splits a text into sentences numbered by paragraph; each bulleted line becomes a list item.
 * Markup in the text is kept as written and has no say in where sentences end.
 */
export function splitIntoSentences(text: string, lang: 'hi' | 'en', presplit = false): SplitText {
  const sentences: DraftSentence[] = [];
  const kinds: Record<number, ParagraphKind> = {};
  const markup = maskMarkup(text);
  const locate = createPieceLocator(markup.masked);
  let paragraph = -1;
  for (const block of splitParagraphs(markup.masked)) {
    paragraph += 1;
    const pieces = findSentenceRanges(block, lang, presplit, locate, markup).map(markup.restore);
    let inItem = false;
    for (const piece of pieces) {
      if (bullet.test(piece)) {
        if (sentences.at(-1)?.paragraph === paragraph) paragraph += 1;
        kinds[paragraph] = 'item';
        sentences.push({ text: piece.replace(bullet, ''), paragraph });
        inItem = true;
        continue;
      }
      if (inItem) {
        paragraph += 1;
        inItem = false;
      }
      sentences.push({ text: piece, paragraph });
    }
  }
  return { sentences, kinds };
}

/** Turns detected loanwords into unreviewed entries that fit beside the existing glossary. */
export function proposeEntries(
  candidates: ReturnType<typeof detectLoanwords>,
  existing: readonly GlossaryEntry[],
): GlossaryEntry[] {
  const takenIds = new Set(existing.map((entry) => entry.id));
  const takenForms = new Set(existing.flatMap((entry) => entry.forms.map(toMatchKey)));
  const proposals: GlossaryEntry[] = [];
  const proposalOfSource = new Map<string, GlossaryEntry>();
  for (const candidate of candidates) {
    if (takenForms.has(toMatchKey(candidate.headword))) continue;
    // One spelling per match key: the linker ignores nukta, so ट्रेजरी and ट्रेज़री are one form.
    const forms: string[] = [];
    for (const form of [candidate.headword, ...candidate.forms]) {
      if (takenForms.has(toMatchKey(form))) continue;
      takenForms.add(toMatchKey(form));
      forms.push(form);
    }
    const sourceId = toEntryId(candidate.source);
    // Two spellings of one English word in one text are one entry (स्टाम्प, स्टैम्प), not two.
    const sameSource = proposalOfSource.get(sourceId);
    if (sameSource) {
      sameSource.forms.push(...forms);
      continue;
    }
    const base = sourceId || 'entry';
    let id = base;
    for (let suffix = 2; takenIds.has(id); suffix += 1) id = `${base}-${suffix}`;
    takenIds.add(id);
    const proposal: GlossaryEntry = {
      id,
      headword: candidate.headword,
      forms,
      romanization: candidate.romanization,
      origin: 'en',
      source: candidate.source,
      english: [candidate.source],
      pos: 'noun',
      gender: guessGender(candidate.headword, candidate.source),
      meaning: writePlaceholderMeaning(candidate.source, candidate.example.en),
      usage: `Seen in: ${candidate.example.hi}`,
      related: [],
      reviewed: false,
    };
    proposals.push(proposal);
    if (sourceId !== '') proposalOfSource.set(sourceId, proposal);
  }
  return proposals;
}

/**
 * What keeps two texts from being imported, for both sides at once. The length is checked first;
 * the letters of markup (`<script>`) do not count towards a text's script.
 */
export function checkImportTexts(texts: Readonly<Record<'hi' | 'en', string>>): TextProblem[] {
  const withoutMarkup = (text: string) => (text.length > maxTextLength ? text : maskMarkup(text).masked);
  return validateTexts({ hi: withoutMarkup(texts.hi), en: withoutMarkup(texts.en) }, { maxLength: maxTextLength });
}

/** Everything an import proposes: sentences, their alignment and new glossary entries. */
export function proposeImport(texts: ImportTexts, existingGlossary: readonly GlossaryEntry[]): ProposalResult {
  const problems = checkImportTexts(texts);
  if (problems.length > 0) return { ok: false, problems };

  const { sentences: hi, kinds: hiKinds } = splitIntoSentences(texts.hi, 'hi', texts.presplit);
  const { sentences: en, kinds: enKinds } = splitIntoSentences(texts.en, 'en', texts.presplit);
  const links = alignSentences(
    hi.map((sentence) => sentence.text),
    en.map((sentence) => sentence.text),
  );
  const pairs = links
    .filter((link) => link.hi.length > 0 && link.en.length > 0)
    .map((link) => ({
      hi: link.hi.map((index) => hi[index]?.text ?? '').join(' '),
      en: link.en.map((index) => en[index]?.text ?? '').join(' '),
    }));
  const detected = detectLoanwords(pairs, { knownForms: existingGlossary.flatMap((entry) => entry.forms) });
  const candidates = proposeEntries(detected, existingGlossary);
  return { ok: true, proposal: { hi, en, kinds: { hi: hiKinds, en: enKinds }, links, candidates } };
}
