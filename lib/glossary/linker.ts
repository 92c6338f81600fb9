import { normalizeText, segmentWords, toMatchKey, type SegmentLang } from '@/lib/text';
import type { GlossaryEntry } from './schema';

/** The fields of an entry the linker reads; a full `GlossaryEntry` is one. */
export type LinkableEntry = Pick<GlossaryEntry, 'id' | 'forms' | 'english' | 'source' | 'defaultFor'>;

/** A linked term: offsets into the original text, in UTF-16 code units. */
export interface TermMatch {
  start: number;
  end: number;
  entryId: string;
}

/**
 * How a Hindi term's entry was chosen: its form has only that entry; of the entries sharing the
 * form, only this one's English word is in the partner English; a pin in the passage names it;
 * or nothing decided and the entry whose `defaultFor` lists the form stands.
 */
export type SenseDecision = 'only' | 'english' | 'sense' | 'default';

export interface LinkedTerm extends TermMatch {
  decidedBy: SenseDecision;
}

/** An entry pinned at one place: a shared form inside `phrase` (exact text of the Hindi) means `entry`. */
export interface PhrasePin {
  phrase: string;
  entry: string;
}

/** What decides, at each occurrence, between entries that share a form. */
export interface LinkContext {
  /** The partner English text: an entry one of whose `english` words occurs in it wins. */
  english?: string;
  /** Pins for this text, consulted where the English names none or several of the entries. */
  pins?: readonly PhrasePin[];
}

/** A form several entries share, and the entry it stands for when nothing decides. */
export interface SharedForm {
  form: string;
  entryIds: readonly string[];
  defaultEntryId: string;
}

export interface GlossaryLinker {
  /**
   * Every occurrence of every entry's `forms` in a Hindi text, as whole words; where entries
   * share a form, the context chooses one per occurrence.
   */
  linkTerms(text: string, context?: LinkContext): LinkedTerm[];
  /** The `english` words (or `source`) of the given entries in an English text. */
  linkSourceWords(englishText: string, entryIds: Iterable<string>): TermMatch[];
  /** The forms that more than one entry lists, in glossary order. */
  readonly sharedForms: readonly SharedForm[];
}

export interface TextSegment {
  text: string;
  entryId?: string;
}

/** A token reduced to what matching compares; spaces are folded into `spaceBefore`. */
interface KeyedToken {
  key: string;
  /** The token normalised but with its letter case, for words that must match in case. */
  cased: string;
  /** An acronym (IT, UK): matches only in capitals, so "IT" never lights "it". */
  matchCase: boolean;
  start: number;
  end: number;
  spaceBefore: boolean;
  isWord: boolean;
}

interface Phrase<Target> {
  tokens: readonly KeyedToken[];
  wordCount: number;
  target: Target;
}

/** Candidate phrases by the key of their first token, longest first. */
type PhraseIndex<Target> = Map<string, Phrase<Target>[]>;

interface PhraseHit<Target> {
  start: number;
  end: number;
  target: Target;
}

/** The entries one Hindi form (up to what matching ignores) stands for. */
interface FormOwners {
  form: string;
  entryIds: string[];
  /** The entry named in `defaultFor`, or the form's only entry. */
  defaultEntryId: string;
}

/** Apostrophes split English words so "Anthropic" matches in "Anthropic's". */
const APOSTROPHE = /(['’ʼ])/u;
const APOSTROPHE_ONLY = /^['’ʼ]$/u;

/** A word written in capitals, two letters or more: an acronym, whose case is part of it. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Builds the matching indexes once. Entries may share a form (after ignoring nukta, joiners,
 * hyphen kind and normalisation); exactly one of them must then list it in `defaultFor`.
 */
export function createGlossaryLinker(entries: readonly LinkableEntry[]): GlossaryLinker {
  const entriesById = new Map<string, LinkableEntry>();
  for (const entry of entries) {
    if (entriesById.has(entry.id)) throw new Error(`Glossary entry "${entry.id}" is listed twice`);
    entriesById.set(entry.id, entry);
  }
  const { termIndex, owners } = indexForms(entries);
  const englishPhrases = new Map<string, Phrase<string>[]>();
  const phrasesOf = (entryId: string): Phrase<string>[] => {
    const cached = englishPhrases.get(entryId);
    if (cached !== undefined) return cached;
    const entry = entriesById.get(entryId);
    if (entry === undefined) throw new Error(`Unknown glossary entry "${entryId}"`);
    const words = entry.english.length > 0 ? entry.english : [entry.source];
    const phrases = words.map((word) => parsePhrase(word, entryId, 'en', entryId));
    englishPhrases.set(entryId, phrases);
    return phrases;
  };
  const sharedForms = owners
    .filter((owner) => owner.entryIds.length > 1)
    .map(({ form, entryIds, defaultEntryId }) => ({ form, entryIds, defaultEntryId }));
  return {
    linkTerms: (text, context = {}) => {
      const hits = findPhrases(toKeyedTokens(text, 'hi'), termIndex);
      const chooser = createSenseChooser(text, context, phrasesOf);
      return hits.map((hit) => ({ start: hit.start, end: hit.end, ...chooser(hit) }));
    },
    linkSourceWords: (englishText, entryIds) =>
      findPhrases(toKeyedTokens(englishText, 'en'), indexSourceWords(entryIds, phrasesOf)).map(
        (hit) => ({ start: hit.start, end: hit.end, entryId: hit.target }),
      ),
    sharedForms,
  };
}

/** What two forms are compared by: equal keys are the same form to the linker. */
export function describeForm(form: string): string {
  return describePhrase(toKeyedTokens(form, 'hi'));
}

function indexForms(entries: readonly LinkableEntry[]): {
  termIndex: PhraseIndex<FormOwners>;
  owners: FormOwners[];
} {
  const termIndex: PhraseIndex<FormOwners> = new Map();
  const ownersByKey = new Map<string, FormOwners>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const key = describeForm(form);
      const known = ownersByKey.get(key);
      if (known === undefined) {
        const owner: FormOwners = { form, entryIds: [entry.id], defaultEntryId: entry.id };
        ownersByKey.set(key, owner);
        addPhrase(termIndex, parsePhrase(form, entry.id, 'hi', owner));
      } else if (!known.entryIds.includes(entry.id)) {
        known.entryIds.push(entry.id);
      }
    }
  }
  const declaredDefaults = new Map<FormOwners, string>();
  for (const entry of entries) {
    for (const form of entry.defaultFor ?? []) {
      const owner = ownersByKey.get(describeForm(form));
      if (owner === undefined || !owner.entryIds.includes(entry.id)) {
        throw new Error(`Glossary entry "${entry.id}": defaultFor names "${form}", which is not one of its forms`);
      }
      const declared = declaredDefaults.get(owner);
      if (declared !== undefined && declared !== entry.id) {
        throw new Error(
          `Glossary form "${owner.form}" is the default of both "${declared}" and "${entry.id}"; ` +
            'one entry stands for a shared form when nothing decides',
        );
      }
      declaredDefaults.set(owner, entry.id);
      owner.defaultEntryId = entry.id;
    }
  }
  const owners = [...ownersByKey.values()];
  for (const owner of owners) {
    if (owner.entryIds.length > 1 && !declaredDefaults.has(owner)) {
      throw new Error(
        `Glossary form "${owner.form}" is shared by ${owner.entryIds.map((id) => `"${id}"`).join(', ')}; ` +
          'one of them must list it in defaultFor',
      );
    }
  }
  return { termIndex, owners };
}

/**
 * Chooses the entry of each Hindi hit: the partner English first, then a pin, then the form's
 * default. The English is tokenised once per text, and only when some form is shared.
 */
function createSenseChooser(
  text: string,
  context: LinkContext,
  phrasesOf: (entryId: string) => Phrase<string>[],
): (hit: PhraseHit<FormOwners>) => { entryId: string; decidedBy: SenseDecision } {
  let englishTokens: KeyedToken[] | undefined;
  const namedInEnglish = new Map<string, boolean>();
  const isNamedInEnglish = (entryId: string): boolean => {
    if (context.english === undefined) return false;
    const known = namedInEnglish.get(entryId);
    if (known !== undefined) return known;
    englishTokens ??= toKeyedTokens(context.english, 'en');
    const tokens = englishTokens;
    const named = phrasesOf(entryId).some((phrase) =>
      tokens.some((_, at) => isPhraseAt(tokens, at, phrase)),
    );
    namedInEnglish.set(entryId, named);
    return named;
  };
  return ({ start, end, target: owner }) => {
    if (owner.entryIds.length === 1) return { entryId: owner.defaultEntryId, decidedBy: 'only' };
    const named = owner.entryIds.filter(isNamedInEnglish);
    const [byEnglish] = named;
    if (named.length === 1 && byEnglish !== undefined) return { entryId: byEnglish, decidedBy: 'english' };
    const pin = context.pins?.find(
      (candidate) => owner.entryIds.includes(candidate.entry) && isInsidePhrase(text, candidate.phrase, start, end),
    );
    if (pin !== undefined) return { entryId: pin.entry, decidedBy: 'sense' };
    return { entryId: owner.defaultEntryId, decidedBy: 'default' };
  };
}

/** Whether start–end lies within some occurrence of `phrase` in `text`. */
function isInsidePhrase(text: string, phrase: string, start: number, end: number): boolean {
  if (phrase.length === 0) return false;
  for (let at = text.indexOf(phrase); at !== -1 && at <= start; at = text.indexOf(phrase, at + 1)) {
    if (end <= at + phrase.length) return true;
  }
  return false;
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
  entryIds: Iterable<string>,
  phrasesOf: (entryId: string) => Phrase<string>[],
): PhraseIndex<string> {
  const index: PhraseIndex<string> = new Map();
  const seen = new Set<string>();
  for (const entryId of entryIds) {
    for (const phrase of phrasesOf(entryId)) {
      const signature = describePhrase(phrase.tokens);
      if (seen.has(signature)) continue;
      seen.add(signature);
      addPhrase(index, phrase);
    }
  }
  return index;
}

function parsePhrase<Target>(text: string, entryId: string, lang: SegmentLang, target: Target): Phrase<Target> {
  const tokens = toKeyedTokens(text, lang);
  const wordCount = tokens.filter((token) => token.isWord).length;
  if (wordCount === 0) {
    throw new Error(`Glossary entry "${entryId}": "${text}" has no word to match`);
  }
  return { tokens, wordCount, target };
}

/** Identifies a phrase up to the differences matching ignores. */
function describePhrase(tokens: readonly KeyedToken[]): string {
  return tokens
    .map((token, i) => (i === 0 ? '' : token.spaceBefore ? ' ' : '\u0000') + (token.matchCase ? token.cased : token.key))
    .join('');
}

function addPhrase<Target>(index: PhraseIndex<Target>, phrase: Phrase<Target>): void {
  const first = phrase.tokens[0];
  if (first === undefined) return;
  const candidates = index.get(first.key) ?? [];
  candidates.push(phrase);
  // Most words first, then most tokens, so the longest form wins at a position.
  candidates.sort((a, b) => b.wordCount - a.wordCount || b.tokens.length - a.tokens.length);
  index.set(first.key, candidates);
}

/** Leftmost-longest, non-overlapping matches, in text order. */
function findPhrases<Target>(tokens: readonly KeyedToken[], index: PhraseIndex<Target>): PhraseHit<Target>[] {
  const hits: PhraseHit<Target>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    const phrase = first && index.get(first.key)?.find((candidate) => isPhraseAt(tokens, i, candidate));
    const last = phrase ? tokens[i + phrase.tokens.length - 1] : undefined;
    if (first === undefined || !phrase || last === undefined) {
      i += 1;
      continue;
    }
    hits.push({ start: first.start, end: last.end, target: phrase.target });
    i += phrase.tokens.length;
  }
  return hits;
}

/** Same keys in order (acronyms in their case), and whitespace exactly where the phrase has it. */
function isPhraseAt<Target>(tokens: readonly KeyedToken[], at: number, phrase: Phrase<Target>): boolean {
  return phrase.tokens.every((expected, k) => {
    const actual = tokens[at + k];
    return (
      actual !== undefined &&
      actual.key === expected.key &&
      (!expected.matchCase || actual.cased === expected.cased) &&
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
      keyed.push({
        key,
        cased: key,
        matchCase: false,
        start: token.start,
        end: token.end,
        spaceBefore,
        isWord: token.isWord,
      });
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
    const cased = isApostrophe ? "'" : normalizeText(part);
    parts.push({
      // Full lower-casing: English matching is case-insensitive for every cased script.
      key: isApostrophe ? "'" : toMatchKey(part).toLowerCase(),
      cased,
      matchCase: !isApostrophe && ACRONYM.test(cased),
      start: offset,
      end: offset + part.length,
      spaceBefore: parts.length === 0 && spaceBefore,
      isWord: isWord && !isApostrophe,
    });
    offset += part.length;
  }
  return parts;
}
