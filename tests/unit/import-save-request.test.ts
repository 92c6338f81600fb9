import { describe, expect, it } from 'vitest';
import { readLimitIssue, saveRequestLimits, saveRequestSchema, type SaveRequest } from '@/lib/importer';

const entry = {
  id: 'stamp',
  headword: 'स्टाम्प',
  forms: ['स्टाम्प', 'स्टैम्प'],
  romanization: 'sṭāmp',
  origin: 'en',
  source: 'stamp',
  english: ['stamp'],
  pos: 'noun',
  gender: 'm',
  meaning: 'English “stamp”.',
  usage: 'Seen in: उच्च स्टाम्प ड्यूटी',
  related: [],
  reviewed: false,
} as const;

function createRequest(): SaveRequest {
  return {
    slug: 'stamp-duty',
    title: { hi: 'स्टाम्प ड्यूटी', en: 'Stamp duty' },
    source: 'NTREX-128',
    translationBy: 'Professional translators',
    hi: [
      { text: 'विदेशी खरीदारों से उच्च स्टाम्प ड्यूटी ली जाएगी', paragraph: 0 },
      { text: 'ट्रेजरी को उम्मीद है.', paragraph: 1 },
    ],
    en: [
      { text: 'Foreign buyers will be charged higher stamp duty', paragraph: 0 },
      { text: 'The Treasury expects it.', paragraph: 1 },
    ],
    kinds: { hi: { 0: 'heading' }, en: { 0: 'heading' } },
    links: [
      { hi: [0], en: [0] },
      { hi: [1], en: [1] },
    ],
    entries: [{ ...entry, forms: [...entry.forms], english: [...entry.english], related: [] }],
  };
}

type Change = (request: SaveRequest, size: number) => void;

const repeat = (size: number) => 'क'.repeat(size);
const items = <Item>(size: number, item: (position: number) => Item) => Array.from({ length: size }, (_, position) => item(position));
const firstEntry = (request: SaveRequest) => {
  const found = request.entries[0];
  if (!found) throw new Error('the request has no entry');
  return found;
};

/** Each limited field: the paths it fills, its limit, its code, and how to fill it to a given size. */
const limitedFields: Array<[string, Array<Array<string | number>>, number, 'too-long' | 'too-many', Change]> = [
  ['slug', [['slug']], saveRequestLimits.slug, 'too-long', (request, size) => void (request.slug = 'a'.repeat(size))],
  ['Hindi title', [['title', 'hi']], saveRequestLimits.title, 'too-long', (request, size) => void (request.title.hi = repeat(size))],
  ['English title', [['title', 'en']], saveRequestLimits.title, 'too-long', (request, size) => void (request.title.en = 'a'.repeat(size))],
  ['source', [['source']], saveRequestLimits.source, 'too-long', (request, size) => void (request.source = 's'.repeat(size))],
  ['translator', [['translationBy']], saveRequestLimits.translationBy, 'too-long', (request, size) => void (request.translationBy = 't'.repeat(size))],
  ['a sentence', [['en', 1, 'text']], saveRequestLimits.sentence, 'too-long', (request, size) => void (request.en[1] = { text: 'e'.repeat(size), paragraph: 1 })],
  ['Hindi sentences', [['hi']], saveRequestLimits.sentences, 'too-many', (request, size) => void (request.hi = items(size, (position) => ({ text: 'क', paragraph: position })))],
  ['paragraph kinds', [['kinds', 'en']], saveRequestLimits.sentences, 'too-many', (request, size) => void (request.kinds.en = Object.fromEntries(items(size, (position) => [String(position), 'item'] as const)))],
  ['links', [['links']], saveRequestLimits.links, 'too-many', (request, size) => void (request.links = items(size, (position) => ({ hi: [position], en: [] })))],
  ['sentences of a link', [['links', 0, 'en']], saveRequestLimits.linkSentences, 'too-many', (request, size) => void (request.links[0] = { hi: [0], en: items(size, (position) => position) })],
  ['entries', [['entries']], saveRequestLimits.entries, 'too-many', (request, size) => void (request.entries = items(size, (position) => ({ ...firstEntry(request), id: `stamp-${position}` })))],
  ['an entry id', [['entries', 0, 'id']], saveRequestLimits.entryId, 'too-long', (request, size) => void (firstEntry(request).id = 'i'.repeat(size))],
  ['a headword (the first form too)', [['entries', 0, 'headword'], ['entries', 0, 'forms', 0]], saveRequestLimits.headword, 'too-long', (request, size) => {
    firstEntry(request).headword = repeat(size);
    firstEntry(request).forms = [repeat(size)];
  }],
  ['forms', [['entries', 0, 'forms']], saveRequestLimits.forms, 'too-many', (request, size) => void (firstEntry(request).forms = ['स्टाम्प', ...items(size - 1, (position) => `स्टाम्प${'्'.repeat(position % 3)}${position}`)])],
  ['a form', [['entries', 0, 'forms', 1]], saveRequestLimits.form, 'too-long', (request, size) => void (firstEntry(request).forms[1] = repeat(size))],
  ['a romanisation', [['entries', 0, 'romanization']], saveRequestLimits.romanization, 'too-long', (request, size) => void (firstEntry(request).romanization = 'r'.repeat(size))],
  ['an English source word', [['entries', 0, 'source']], saveRequestLimits.entrySource, 'too-long', (request, size) => void (firstEntry(request).source = 's'.repeat(size))],
  ['English words', [['entries', 0, 'english']], saveRequestLimits.english, 'too-many', (request, size) => void (firstEntry(request).english = items(size, (position) => `stamp${position}`))],
  ['an English word', [['entries', 0, 'english', 0]], saveRequestLimits.englishWord, 'too-long', (request, size) => void (firstEntry(request).english = ['w'.repeat(size)])],
  ['a meaning', [['entries', 0, 'meaning']], saveRequestLimits.meaning, 'too-long', (request, size) => void (firstEntry(request).meaning = 'm'.repeat(size))],
  ['a native word', [['entries', 0, 'native']], saveRequestLimits.native, 'too-long', (request, size) => void (firstEntry(request).native = repeat(size))],
  ['a usage', [['entries', 0, 'usage']], saveRequestLimits.usage, 'too-long', (request, size) => void (firstEntry(request).usage = 'u'.repeat(size))],
  ['related ids', [['entries', 0, 'related']], saveRequestLimits.related, 'too-many', (request, size) => void (firstEntry(request).related = items(size, (position) => `id-${position}`))],
];

describe('saveRequestSchema', () => {
  it('accepts a valid request', () => {
    expect(saveRequestSchema.safeParse(createRequest()).success).toBe(true);
  });

  it.each(limitedFields)('accepts %s at its limit', (_name, _path, max, _code, change) => {
    const request = createRequest();
    change(request, max);
    const result = saveRequestSchema.safeParse(request);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(limitedFields)('refuses %s over its limit with a code and the limit', (_name, paths, max, code, change) => {
    const request = createRequest();
    change(request, max + 1);
    const issues = saveRequestSchema.safeParse(request).error?.issues ?? [];
    expect(issues.map((issue) => ({ path: issue.path, message: issue.message }))).toEqual(paths.map((path) => ({ path, message: code })));
    expect(issues.map(readLimitIssue)).toEqual(paths.map(() => ({ code, max })));
  });

  it('counts a title without its outer spaces', () => {
    const request = createRequest();
    request.title.en = ` ${'a'.repeat(saveRequestLimits.title)} `;
    expect(saveRequestSchema.safeParse(request).success).toBe(true);
  });

  it('keeps the codes of a bad slug and a missing title, which are no limits', () => {
    const request = { ...createRequest(), slug: 'Bad_Slug', title: { hi: ' ', en: 'Stamp duty' } };
    const issues = saveRequestSchema.safeParse(request).error?.issues ?? [];
    expect(issues.map((issue) => issue.message)).toEqual(['slug', 'titles']);
    expect(issues.map(readLimitIssue)).toEqual([undefined, undefined]);
  });
});
