import { z } from 'zod';
import type { PassageDraft } from '@/lib/content';
import { glossaryEntrySchema, type GlossaryEntry } from '@/lib/glossary';
import { isPlaceholderMeaning } from './placeholder';

/**
 * The most each field of a save request may hold: characters for a text, items for a list. Each is
 * far above what a real passage needs (a 100,000-character text has fewer than 5,000 sentences)
 * and keeps one request small enough to check and write at once.
 */
export const saveRequestLimits = {
  slug: 80,
  title: 300,
  source: 300,
  translationBy: 300,
  /** Characters of one sentence. */
  sentence: 2_000,
  /** Sentences of one side. */
  sentences: 5_000,
  /** Rows of the alignment: at most one per sentence of either side. */
  links: 10_000,
  /** Sentences of one side of one row. */
  linkSentences: 5_000,
  entries: 500,
  entryId: 80,
  headword: 100,
  forms: 50,
  form: 100,
  romanization: 200,
  entrySource: 200,
  english: 50,
  englishWord: 200,
  meaning: 1_000,
  native: 300,
  usage: 1_000,
  related: 50,
} as const;

/**
 * The message of an issue over a limit: 'too-long' for a text (in characters), 'too-many' for a list
 * (in items). Such an issue has code 'too_big' and its limit as `maximum`.
 */
export type LimitCode = 'too-long' | 'too-many';

const limits = saveRequestLimits;
const namePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text = (max: number) => z.string().trim().max(max, 'too-long');
const list = <Item extends z.ZodType>(item: Item, max: number) => z.array(item).max(max, 'too-many');

const sentence = z.object({ text: text(limits.sentence).min(1), paragraph: z.int().nonnegative() });
const kinds = z
  .record(z.string().regex(/^\d{1,9}$/), z.enum(['text', 'heading', 'item', 'quote']))
  .superRefine((byParagraph, context) => {
    if (Object.keys(byParagraph).length <= limits.sentences) return;
    context.addIssue({ code: 'too_big', origin: 'object', maximum: limits.sentences, inclusive: true, message: 'too-many' });
  });
const indices = list(z.int().nonnegative(), limits.linkSentences);

/** The bounds of an entry's fields; glossaryEntrySchema checks what they mean. */
const entryLimits = z.object({
  id: text(limits.entryId).regex(namePattern),
  headword: text(limits.headword),
  forms: list(text(limits.form), limits.forms),
  romanization: text(limits.romanization),
  source: text(limits.entrySource),
  english: list(text(limits.englishWord), limits.english).optional(),
  meaning: text(limits.meaning),
  native: text(limits.native).optional(),
  usage: text(limits.usage).optional(),
  related: list(text(limits.entryId), limits.related).optional(),
});

/** What the browser sends to save an import; everything is checked again on the server. */
export const saveRequestSchema = z.object({
  slug: text(limits.slug).regex(namePattern, 'slug'),
  title: z.object({ hi: text(limits.title).min(1, 'titles'), en: text(limits.title).min(1, 'titles') }),
  source: text(limits.source).min(1),
  translationBy: text(limits.translationBy).min(1),
  hi: list(sentence, limits.sentences).min(1),
  en: list(sentence, limits.sentences).min(1),
  kinds: z.object({ hi: kinds, en: kinds }),
  links: list(z.object({ hi: indices, en: indices }), limits.links).min(1),
  entries: list(glossaryEntrySchema.and(entryLimits), limits.entries),
});

export type SaveRequest = z.infer<typeof saveRequestSchema>;

/** The code and limit of an issue over one of saveRequestLimits, for wording it; undefined for any other issue. */
export function readLimitIssue(issue: z.core.$ZodIssue): { code: LimitCode; max: number } | undefined {
  if (issue.code !== 'too_big' || (issue.message !== 'too-long' && issue.message !== 'too-many')) return undefined;
  return { code: issue.message, max: Number(issue.maximum) };
}

/** The passage draft a checked save request describes, as both the files and the database store it. */
export function draftOfSaveRequest(request: SaveRequest): PassageDraft {
  return {
    slug: request.slug,
    title: request.title,
    source: { name: request.source },
    translation: { by: request.translationBy },
    hi: request.hi,
    en: request.en,
    kinds: { hi: request.kinds.hi, en: request.kinds.en },
    links: request.links,
  };
}

/**
 * The request's entries with `reviewed` decided here, never taken from the browser: a meaning that
 * is still the proposal's placeholder has not been written by anyone.
 */
export function reviewSavedEntries(request: SaveRequest): GlossaryEntry[] {
  return request.entries.map((entry) => ({ ...entry, reviewed: !isPlaceholderMeaning(entry.meaning) }));
}
