import MiniSearch, { type SearchResult } from 'minisearch';
import { romanizeHindi } from '@/lib/text';
import { toPhoneticKeys, tokenizeForSearch } from './phonetic';
import type { GlossaryEntry, Origin } from './schema';

export { romanizeDevanagari, toDevanagariKey, toLatinKey, toPhoneticKeys, tokenizeForSearch } from './phonetic';

/**
 * What the glossary page needs of an entry to list it and to search it, in the server's HTML and
 * in the browser alike. The prose of the meaning, Hindi equivalent and usage note is not shipped:
 * only its distinct words, which is all a search needs.
 */
export interface GlossarySearchDocument {
  id: string;
  headword: string;
  /** The entry's other forms (the headword is not repeated). */
  forms: string[];
  romanization: string;
  origin: Origin;
  source: string;
  english: string[];
  /** The distinct words of the meaning, Hindi equivalent and usage note, space-separated. */
  words: string;
  reviewed: boolean;
}

/**
 * How a result matched, best first: the headword, a form, the romanisation or the source word
 * exactly, by its beginning, or loosely (one or two letters off); then the English words the
 * entry renders; then the words of its meaning and notes.
 */
export const matchKinds = ['exact', 'prefix', 'fuzzy', 'english', 'english-prefix', 'meaning', 'meaning-prefix'] as const;
export type MatchKind = (typeof matchKinds)[number];

export interface GlossarySearchHit {
  id: string;
  /** How the query's worst-matched word matched this entry. */
  kind: MatchKind;
  /** MiniSearch's relevance, summed over the query's words: the order within one kind. */
  score: number;
}

export interface GlossarySearch {
  /** Entries matching every word of the query (when none does, the most of its words), best first; null for a query with no word. */
  search(query: string): GlossarySearchHit[] | null;
}

/**
 * `spoken` is not shipped: it is the headword and forms as the romanisation module says them,
 * computed where the index is built, so that an entry is found by how it is said even where its
 * written romanisation spells it otherwise.
 */
const NAME_FIELDS = ['headword', 'forms', 'romanization', 'spoken', 'source'] as const;
const searchFields = [...NAME_FIELDS, 'english', 'words'] as const;
type SearchField = (typeof searchFields)[number];

const FIELD_BOOSTS: Readonly<Record<SearchField, number>> = {
  headword: 3,
  romanization: 3,
  spoken: 3,
  source: 2,
  forms: 2,
  english: 1.5,
  words: 1,
};

/** Prefixes shorter than this would match most of the meanings' words. */
const MIN_TEXT_PREFIX = 3;

/** Edits allowed between a query key and an indexed one: none for short keys, where one edit is a different word. */
function fuzzinessFor(key: string): number | false {
  if (key.length >= 8) return 2;
  if (key.length >= 4) return 1;
  return false;
}

/** The listable, searchable part of each entry, in the glossary's alphabetical order. */
export function toSearchDocuments(entries: readonly GlossaryEntry[]): GlossarySearchDocument[] {
  return [...entries]
    .sort((a, b) => a.headword.localeCompare(b.headword, 'hi'))
    .map((entry) => ({
      id: entry.id,
      headword: entry.headword,
      forms: entry.forms.filter((form) => form !== entry.headword),
      romanization: entry.romanization,
      origin: entry.origin,
      source: entry.source,
      english: entry.english,
      words: distinctWords([entry.meaning, entry.native ?? '', entry.usage ?? '']),
      reviewed: entry.reviewed,
    }));
}

/**
 * The headword and forms romanised by the module, each nasal as an n: a learner types "ejensi"
 * and "kahan" for एजेंसी and कहाँ, not the module's ṁ and m̐.
 */
export function spokenNames(document: Pick<GlossarySearchDocument, 'headword' | 'forms'>): string {
  const names = [document.headword, ...document.forms].map((name) => romanizeHindi(name).normalize('NFC'));
  return [...new Set(names)].join(' ').replace(/ṁ|m\u0310/g, 'n');
}

function distinctWords(texts: readonly string[]): string {
  return [...new Set(texts.flatMap(tokenizeForSearch).map((word) => word.toLowerCase()))].join(' ');
}

export function createGlossarySearch(documents: readonly GlossarySearchDocument[]): GlossarySearch {
  // The same few thousand words recur across entries; each is keyed once.
  const keysByWord = new Map<string, string[]>();
  const keysOf = (word: string) => {
    const known = keysByWord.get(word);
    if (known) return known;
    const keys = toPhoneticKeys(word);
    keysByWord.set(word, keys);
    return keys;
  };
  const index = new MiniSearch<GlossarySearchDocument>({
    idField: 'id',
    fields: [...searchFields],
    extractField: (document, field) => {
      if (field === 'spoken') return spokenNames(document);
      const value = document[field as keyof GlossarySearchDocument];
      return Array.isArray(value) ? value.join(' ') : value;
    },
    tokenize: tokenizeForSearch,
    processTerm: keysOf,
  });
  index.addAll(documents);
  const headwordLengths = new Map(documents.map((document) => [document.id, tokenizeForSearch(document.headword).length]));

  function searchWord(keys: readonly string[]): Map<string, { kind: MatchKind; score: number }> {
    const results = index.search(
      { combineWith: 'OR', queries: [...keys] },
      {
        prefix: true,
        fuzzy: fuzzinessFor,
        boost: FIELD_BOOSTS,
        // The query's words arrive already keyed.
        tokenize: (key) => [key],
        processTerm: (key) => key,
      },
    );
    const matched = new Map<string, { kind: MatchKind; score: number }>();
    for (const result of results) {
      const kind = classifyResult(result, keys);
      if (kind !== undefined) matched.set(String(result.id), { kind, score: result.score });
    }
    return matched;
  }

  return {
    search(query) {
      const words = tokenizeForSearch(query)
        .map(toPhoneticKeys)
        .filter((keys) => keys.length > 0);
      if (words.length === 0) return null;
      const perWord = words.map(searchWord);
      const hits: (GlossarySearchHit & { missed: number; headwordLength: number })[] = [];
      for (const document of documents) {
        const found = perWord.flatMap((matched) => matched.get(document.id) ?? []);
        if (found.length === 0) continue;
        hits.push({
          id: document.id,
          missed: words.length - found.length,
          headwordLength: headwordLengths.get(document.id) ?? 1,
          kind: found.map((match) => match.kind).reduce(worseKind),
          score: found.reduce((sum, match) => sum + match.score, 0),
        });
      }
      const fewestMissed = Math.min(...hits.map((hit) => hit.missed));
      // Documents are in alphabetical order and the sort is stable: ties stay alphabetical.
      return hits
        .filter((hit) => hit.missed === fewestMissed)
        .sort(
          (a, b) =>
            matchKinds.indexOf(a.kind) - matchKinds.indexOf(b.kind) ||
            // A name the query is one word of ranks after the name that is that word: सेफ्टी before सेफ्टी केस.
            (isNameKind(a.kind) ? a.headwordLength - b.headwordLength : 0) ||
            b.score - a.score,
        )
        .map(({ id, kind, score }) => ({ id, kind, score }));
    },
  };
}

function isNameKind(kind: MatchKind): boolean {
  return kind === 'exact' || kind === 'prefix' || kind === 'fuzzy';
}

function worseKind(a: MatchKind, b: MatchKind): MatchKind {
  return matchKinds.indexOf(a) >= matchKinds.indexOf(b) ? a : b;
}

function betterKind(a: MatchKind | undefined, b: MatchKind | undefined): MatchKind | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return matchKinds.indexOf(a) <= matchKinds.indexOf(b) ? a : b;
}

/** The best way a result's document terms matched one of the query word's keys, or none worth showing. */
function classifyResult(result: SearchResult, keys: readonly string[]): MatchKind | undefined {
  const longestKey = Math.max(...keys.map((key) => key.length));
  let best: MatchKind | undefined;
  for (const [term, fields] of Object.entries(result.match)) {
    const relation = keys.includes(term) ? 'exact' : keys.some((key) => term.startsWith(key)) ? 'prefix' : 'fuzzy';
    for (const field of fields) {
      best = betterKind(best, classifyMatch(field, relation, longestKey));
    }
  }
  return best;
}

function classifyMatch(field: string, relation: 'exact' | 'prefix' | 'fuzzy', keyLength: number): MatchKind | undefined {
  if ((NAME_FIELDS as readonly string[]).includes(field)) return relation;
  // A near miss in prose is mostly another word: only names are matched loosely.
  if (relation === 'fuzzy') return undefined;
  if (relation === 'prefix' && keyLength < MIN_TEXT_PREFIX) return undefined;
  const group = field === 'english' ? 'english' : 'meaning';
  return relation === 'exact' ? group : `${group}-prefix`;
}

const searchesByDocuments = new WeakMap<readonly GlossarySearchDocument[], GlossarySearch>();

/** One index per document list, so the server and the browser build it once for as long as the list is the same. */
export function glossarySearchFor(documents: readonly GlossarySearchDocument[]): GlossarySearch {
  const existing = searchesByDocuments.get(documents);
  if (existing) return existing;
  const search = createGlossarySearch(documents);
  searchesByDocuments.set(documents, search);
  return search;
}

const documentsByEntries = new WeakMap<readonly GlossaryEntry[], GlossarySearchDocument[]>();

/** The search documents of a parsed glossary, kept while the parse is. */
export function searchDocumentsFor(entries: readonly GlossaryEntry[]): GlossarySearchDocument[] {
  const existing = documentsByEntries.get(entries);
  if (existing) return existing;
  const documents = toSearchDocuments(entries);
  documentsByEntries.set(entries, documents);
  return documents;
}

export interface GlossaryMatches {
  /** The entries to show, in order. */
  ids: string[];
  /** False when the query had no word to search for, and the list is the alphabetical one. */
  searched: boolean;
}

/**
 * The entries to list for a query and an origin ('' for all), in order: ranked while the query
 * has a word to search for, alphabetical otherwise. The server answers `?q=` with it and the
 * browser runs it as the learner types, so both show the same list.
 */
export function listGlossaryMatches(
  search: GlossarySearch,
  documents: readonly GlossarySearchDocument[],
  query: string,
  origin: string,
): GlossaryMatches {
  const origins = new Map(documents.map((document) => [document.id, document.origin]));
  const fromOrigin = (id: string) => origin === '' || origins.get(id) === origin;
  const hits = search.search(query);
  if (hits === null) return { ids: documents.map((document) => document.id).filter(fromOrigin), searched: false };
  return { ids: hits.map((hit) => hit.id).filter(fromOrigin), searched: true };
}
