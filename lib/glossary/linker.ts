import { segmentWords, toMatchKey, type SegmentLang } from '@/lib/text';
import type { GlossaryEntry } from './schema';

/** The fields of an entry the linker reads; a full `GlossaryEntry` is one. */
export type LinkableEntry = Pick<GlossaryEntry, 'id' | 'forms' | 'english' | 'source'>;

/** A linked term: offsets into the original text, in UTF-16 code units. */
export interface TermMatch {
  start: number;
  end: number;
  entryId: string;
}

export interface GlossaryLinker {
  /** Every occurrence of every entry's `forms` in a Hindi text, as whole words. */
  linkTerms(text: string): TermMatch[];
  /** The `english` words (or `source`) of the given entries in an English text. */
  linkSourceWords(englishText: string, entryIds: Iterable<string>): TermMatch[];
}

export interface TextSegment {
  text: string;
  entryId?: string;
}

/** A token reduced to what matching compares; spaces are folded into `spaceBefore`. */
interface KeyedToken {
  key: string;
  start: number;
  end: number;
  spaceBefore: boolean;
  isWord: boolean;
}

interface Phrase {
  entryId: string;
  tokens: readonly KeyedToken[];
  wordCount: number;
}

/** Candidate phrases by the key of their first token, longest first. */
type PhraseIndex = Map<string, Phrase[]>;

/** Apostrophes split English words so "Anthropic" matches in "Anthropic's". */
const APOSTROPHE = /(['’ʼ])/u;
const APOSTROPHE_ONLY = /^['’ʼ]$/u;

/**
 * Builds the matching indexes once. Throws when two entries share a form (after ignoring nukta,
 * joiners, hyphen kind and normalisation), since a link must name one entry.
 */
export function createGlossaryLinker(entries: readonly LinkableEntry[]): GlossaryLinker {
  const entriesById = new Map<string, LinkableEntry>();
  for (const entry of entries) {
    if (entriesById.has(entry.id)) throw new Error(`Glossary entry "${entry.id}" is listed twice`);
    entriesById.set(entry.id, entry);
  }
  const termIndex: PhraseIndex = new Map();
  const formOwners = new Map<string, { entryId: string; form: string }>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const phrase = parsePhrase(form, entry.id, 'hi');
      const signature = describePhrase(phrase.tokens);
      const owner = formOwners.get(signature);
      if (owner !== undefined && owner.entryId !== entry.id) {
        throw new Error(
          `Glossary form "${form}" of entry "${entry.id}" matches form "${owner.form}" ` +
            `of entry "${owner.entryId}"`,
        );
      }
      if (owner !== undefined) continue;
      formOwners.set(signature, { entryId: entry.id, form });
      addPhrase(termIndex, phrase);
    }
  }
  return {
    linkTerms: (text) => findPhrases(toKeyedTokens(text, 'hi'), termIndex),
    linkSourceWords: (englishText, entryIds) =>
      findPhrases(toKeyedTokens(englishText, 'en'), indexSourceWords(entriesById, entryIds)),
  };
}

/** Consecutive segments covering all of `text`, each match its own segment. */
export function splitAtMatches(text: string, matches: readonly TermMatch[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const match of matches) {
    if (match.start < position || match.end <= match.start || match.end > text.length) {
      throw new Error(
        `Term match ${match.start}–${match.end} (${match.entryId}) ` +
          'is out of order, empty or past the end of the text',
      );
    }
    if (match.start > position) segments.push({ text: text.slice(position, match.start) });
    segments.push({ text: text.slice(match.start, match.end), entryId: match.entryId });
    position = match.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position) });
  return segments;
}

/** Few English words per call, so an index per call; the first entry wins a shared word. */
function indexSourceWords(
  entriesById: ReadonlyMap<string, LinkableEntry>,
  entryIds: Iterable<string>,
): PhraseIndex {
  const index: PhraseIndex = new Map();
  const seen = new Set<string>();
  for (const entryId of entryIds) {
    const entry = entriesById.get(entryId);
    if (entry === undefined) throw new Error(`Unknown glossary entry "${entryId}"`);
    const words = entry.english.length > 0 ? entry.english : [entry.source];
    for (const word of words) {
      const phrase = parsePhrase(word, entryId, 'en');
      const signature = describePhrase(phrase.tokens);
      if (seen.has(signature)) continue;
      seen.add(signature);
      addPhrase(index, phrase);
    }
  }
  return index;
}

function parsePhrase(text: string, entryId: string, lang: SegmentLang): Phrase {
  const tokens = toKeyedTokens(text, lang);
  const wordCount = tokens.filter((token) => token.isWord).length;
  if (wordCount === 0) {
    throw new Error(`Glossary entry "${entryId}": "${text}" has no word to match`);
  }
  return { entryId, tokens, wordCount };
}

/** Identifies a phrase up to the differences matching ignores. */
function describePhrase(tokens: readonly KeyedToken[]): string {
  return tokens
    .map((token, i) => (i === 0 ? '' : token.spaceBefore ? ' ' : '\u0000') + token.key)
    .join('');
}

function addPhrase(index: PhraseIndex, phrase: Phrase): void {
  const first = phrase.tokens[0];
  if (first === undefined) return;
  const candidates = index.get(first.key) ?? [];
  candidates.push(phrase);
  // Most words first, then most tokens, so the longest form wins at a position.
  candidates.sort((a, b) => b.wordCount - a.wordCount || b.tokens.length - a.tokens.length);
  index.set(first.key, candidates);
}

/** Leftmost-longest, non-overlapping matches, in text order. */
function findPhrases(tokens: readonly KeyedToken[], index: PhraseIndex): TermMatch[] {
  const matches: TermMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = matchPhraseAt(tokens, i, index);
    if (found === undefined) {
      i += 1;
      continue;
    }
    matches.push(found.match);
    i += found.tokenCount;
  }
  return matches;
}

function matchPhraseAt(
  tokens: readonly KeyedToken[],
  at: number,
  index: PhraseIndex,
): { match: TermMatch; tokenCount: number } | undefined {
  const first = tokens[at];
  if (first === undefined) return undefined;
  const phrase = index.get(first.key)?.find((candidate) => isPhraseAt(tokens, at, candidate));
  if (phrase === undefined) return undefined;
  const last = tokens[at + phrase.tokens.length - 1];
  if (last === undefined) return undefined;
  return {
    match: { start: first.start, end: last.end, entryId: phrase.entryId },
    tokenCount: phrase.tokens.length,
  };
}

/** Same keys in order, and whitespace (of any amount) exactly where the phrase has it. */
function isPhraseAt(tokens: readonly KeyedToken[], at: number, phrase: Phrase): boolean {
  return phrase.tokens.every((expected, k) => {
    const actual = tokens[at + k];
    return (
      actual !== undefined &&
      actual.key === expected.key &&
      (k === 0 || actual.spaceBefore === expected.spaceBefore)
    );
  });
}

function toKeyedTokens(text: string, lang: SegmentLang): KeyedToken[] {
  const keyed: KeyedToken[] = [];
  let spaceBefore = false;
  for (const token of segmentWords(text, lang)) {
    const key = toMatchKey(token.text);
    if (key.trim() === '') {
      spaceBefore = true;
      continue;
    }
    // Only English splits at apostrophes; in Hindi text they are quotation marks, already apart.
    if (lang === 'hi') {
      keyed.push({ key, start: token.start, end: token.end, spaceBefore, isWord: token.isWord });
    } else {
      keyed.push(...splitAtApostrophes(token.text, token.start, token.isWord, spaceBefore));
    }
    spaceBefore = false;
  }
  return keyed;
}

function splitAtApostrophes(
  text: string,
  start: number,
  isWord: boolean,
  spaceBefore: boolean,
): KeyedToken[] {
  const parts: KeyedToken[] = [];
  let offset = start;
  for (const part of text.split(APOSTROPHE)) {
    if (part.length === 0) continue;
    const isApostrophe = APOSTROPHE_ONLY.test(part);
    parts.push({
      // Full lower-casing: English matching is case-insensitive for every cased script.
      key: isApostrophe ? "'" : toMatchKey(part).toLowerCase(),
      start: offset,
      end: offset + part.length,
      spaceBefore: parts.length === 0 && spaceBefore,
      isWord: isWord && !isApostrophe,
    });
    offset += part.length;
  }
  return parts;
}
