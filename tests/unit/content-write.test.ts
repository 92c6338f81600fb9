import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkContent,
  loadGlossaryEntry,
  loadPassage,
  parseAlignment,
  parseSentenceFile,
  passageMetaSchema,
  saveLockName,
  saveLockStaleMs,
  savePassage,
  serializeAlignment,
  serializeGlossaryEntry,
  serializePassageMeta,
  serializeSentences,
  type DraftSentence,
  type ParagraphKind,
  type PassageDraft,
  type TextLang,
} from '@/lib/content';
import { glossaryEntrySchema, type GlossaryEntry } from '@/lib/glossary';
import { writeValidContent } from './content-fixture';

/** Runs just before savePassage moves a passage folder into place: another writer at the worst moment. */
const beforeRename = vi.hoisted(() => ({ run: undefined as undefined | ((from: string, to: string) => void) }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const rename: typeof fs.rename = async (from, to) => {
    beforeRename.run?.(String(from), String(to));
    return fs.rename(from, to);
  };
  return { ...fs, default: { ...fs, rename }, rename };
});

afterEach(() => {
  beforeRename.run = undefined;
});

/** What parseSentenceFile gives back for drafted sentences: paragraphs renumbered from 0. */
function expectRoundTrip(
  sentences: readonly DraftSentence[],
  lang: TextLang,
  kinds: Readonly<Record<number, ParagraphKind>> = {},
): void {
  const { side, problems } = parseSentenceFile(serializeSentences(sentences, lang, kinds), 'x.txt', lang);
  expect(problems).toEqual([]);
  const order = [...new Set(sentences.map((sentence) => sentence.paragraph))];
  expect(side.sentences.map(({ text, paragraph }) => ({ text, paragraph }))).toEqual(
    sentences.map(({ text, paragraph }) => ({ text, paragraph: order.indexOf(paragraph) })),
  );
  expect(side.paragraphs.map((paragraph) => paragraph.kind)).toEqual(order.map((paragraph) => kinds[paragraph] ?? 'text'));
}

const hiSentences: DraftSentence[] = [
  { text: 'एक शीर्षक', paragraph: 0 },
  { text: 'पहला वाक्य है.', paragraph: 1 },
  { text: 'दूसरा वाक्य, AI के बारे में.', paragraph: 1 },
  { text: 'पहली बात', paragraph: 2 },
  { text: 'दूसरी बात', paragraph: 3 },
  { text: 'Today is my last day.', paragraph: 5 },
  { text: '2018', paragraph: 6 },
];
const hiKinds: Record<number, ParagraphKind> = { 0: 'heading', 2: 'item', 3: 'item', 5: 'quote' };

describe('serializeSentences', () => {
  it('writes one sentence a line, blank lines between paragraphs and kinds as prefixes', () => {
    expect(serializeSentences(hiSentences, 'hi', hiKinds)).toBe(
      [
        '# एक शीर्षक',
        '',
        'पहला वाक्य है.',
        'दूसरा वाक्य, AI के बारे में.',
        '',
        '- पहली बात',
        '',
        '- दूसरी बात',
        '',
        '> [en] Today is my last day.',
        '',
        '2018',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through parseSentenceFile: texts, paragraphs and kinds', () => {
    expectRoundTrip(hiSentences, 'hi', hiKinds);
    expectRoundTrip([{ text: 'A heading', paragraph: 0 }, { text: 'One. Two.', paragraph: 1 }], 'en', { 0: 'heading' });
  });

  it('tags a sentence in the other language: Latin-only in Hindi, Devanagari-only in English', () => {
    const hi = parseSentenceFile(serializeSentences(hiSentences, 'hi', hiKinds), 'hi.txt', 'hi');
    expect(hi.side.sentences.map((sentence) => sentence.lang)).toEqual(['hi', 'hi', 'hi', 'hi', 'hi', 'en', 'hi']);
    const en = serializeSentences([{ text: 'He wrote:', paragraph: 0 }, { text: 'नमस्ते दुनिया', paragraph: 1 }], 'en');
    expect(en).toBe('He wrote:\n\n[hi] नमस्ते दुनिया\n');
    expect(parseSentenceFile(en, 'en.txt', 'en').side.sentences.map((sentence) => sentence.lang)).toEqual(['en', 'hi']);
  });

  it('puts each sentence on one line, without outer spaces', () => {
    expect(serializeSentences([{ text: '  पहला\nवाक्य\t है.  ', paragraph: 4 }], 'hi')).toBe('पहला वाक्य है.\n');
  });

  it('escapes a sentence that opens like a prefix, a language tag or a backslash', () => {
    const tricky: DraftSentence[] = [
      { text: '# not a heading', paragraph: 0 },
      { text: '- not an item', paragraph: 1 },
      { text: '> not a quote', paragraph: 2 },
      { text: '[ab] not a tag', paragraph: 3 },
      { text: '\\ a backslash', paragraph: 4 },
      { text: '-', paragraph: 5 },
    ];
    expect(serializeSentences(tricky, 'en')).toBe(
      '\\# not a heading\n\n\\- not an item\n\n\\> not a quote\n\n\\[ab] not a tag\n\n\\\\ a backslash\n\n\\-\n',
    );
    expectRoundTrip(tricky, 'en');
  });

  it('round-trips any sentences, paragraphs and kinds', () => {
    const plainWord = fc.stringMatching(/^[a-zA-Z\u0915-\u0939\u093e-\u094c0-9.,?!'"()]{1,8}$/);
    // Words that look like the format's own markup when they open a sentence.
    const markupWord = fc.constantFrom('#', '-', '>', '\\', '\\#', '[en]', '[hi]', '[ab]', '[x]');
    const word = fc.oneof({ arbitrary: plainWord, weight: 3 }, { arbitrary: markupWord, weight: 1 });
    const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
    const kind = fc.constantFrom<ParagraphKind>('text', 'heading', 'item', 'quote');
    const paragraph = fc.record({ texts: fc.array(text, { minLength: 1, maxLength: 3 }), kind, gap: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.constantFrom<TextLang>('hi', 'en'), (paragraphs, lang) => {
        const sentences: DraftSentence[] = [];
        const kinds: Record<number, ParagraphKind> = {};
        let number = 0;
        for (const { texts, kind: paragraphKind, gap } of paragraphs) {
          number += gap;
          // A heading has one line by the format's rule, so only its first sentence is kept.
          const kept = paragraphKind === 'heading' ? texts.slice(0, 1) : texts;
          kinds[number] = paragraphKind;
          sentences.push(...kept.map((sentenceText) => ({ text: sentenceText, paragraph: number })));
        }
        expectRoundTrip(sentences, lang, kinds);
      }),
    );
  });
});

describe('serializeAlignment', () => {
  it('round-trips through parseAlignment, with "-" for a side left empty', () => {
    const links = [
      { hi: [0], en: [0] },
      { hi: [1, 2], en: [1] },
      { hi: [], en: [2] },
      { hi: [3], en: [3, 4, 5] },
      { hi: [4], en: [] },
    ];
    const source = serializeAlignment(links);
    expect(source).toBe('# hi\ten\n0\t0\n1,2\t1\n-\t2\n3\t3,4,5\n4\t-\n');
    const parsed = parseAlignment(source, 'alignment.tsv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.links.map(({ hi, en }) => ({ hi, en }))).toEqual(links);
    expect(parsed.links.map((link) => link.id)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('serializePassageMeta', () => {
  it('round-trips through the passage.yaml schema and leaves out what is not given', () => {
    const full = {
      slug: 'x',
      title: { hi: 'शीर्षक: "उद्धरण" और # चिह्न', en: 'Title: with "quotes" and # marks' },
      source: { name: 'A source', url: 'https://example.org/a?b=c', published: '2018-09-29', licence: 'CC BY-SA 4.0' },
      translation: { by: 'Someone', licence: 'CC BY 4.0' },
      added: '2026-11-27',
    };
    expect(passageMetaSchema.parse(parse(serializePassageMeta(full)))).toEqual({ ...full, slug: undefined, notes: [], senses: [], entryNotes: [] });
    const bare = { slug: 'x', title: { hi: 'क', en: 'k' }, source: { name: 'S' }, translation: { by: 'T' } };
    const source = serializePassageMeta(bare);
    expect(source).not.toMatch(/url|published|licence|notes|slug|added/);
    expect(passageMetaSchema.parse(parse(source))).toEqual({ ...bare, slug: undefined, notes: [], senses: [], entryNotes: [] });
  });
});

function createEntry(changes: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id: 'stamp',
    headword: 'स्टाम्प',
    forms: ['स्टाम्प', 'स्टैम्प'],
    romanization: 'sṭāmp',
    origin: 'en',
    source: 'stamp',
    english: ['stamp'],
    pos: 'noun',
    gender: 'm',
    meaning: 'English “stamp”, as in: "stamp duty: it\'s a tax".',
    usage: 'Seen in: उच्च स्टाम्प ड्यूटी',
    related: [],
    reviewed: false,
    ...changes,
  };
}

describe('serializeGlossaryEntry', () => {
  it('round-trips through the glossary schema, without the id (the file name is the id)', () => {
    const entry = createEntry();
    const source = serializeGlossaryEntry(entry);
    expect(source).not.toMatch(/^id:/m);
    expect(source).toMatch(/^reviewed: false$/m);
    const { id: _id, ...fields } = entry;
    expect(glossaryEntrySchema.parse(parse(source))).toEqual(fields);
  });
});

/** Every file and folder under a folder, hidden ones included, with the files' contents. */
function snapshotFolder(dir: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    snapshot[path.relative(dir, full)] = entry.isDirectory() ? '(folder)' : readFileSync(full, 'utf8');
  }
  return snapshot;
}

function createDraft(changes: Partial<PassageDraft> = {}): PassageDraft {
  return {
    slug: 'ntrex-stamp-duty',
    title: { hi: 'स्टाम्प ड्यूटी', en: 'Stamp duty' },
    source: { name: 'NTREX-128', url: 'https://github.com/MicrosoftTranslator/NTREX', licence: 'CC BY-SA 4.0' },
    translation: { by: 'NTREX-128 professional translators', licence: 'CC BY-SA 4.0' },
    hi: [
      { text: 'विदेशी खरीदारों से उच्च स्टाम्प ड्यूटी ली जाएगी', paragraph: 0 },
      { text: 'ट्रेजरी को उम्मीद है.', paragraph: 1 },
      { text: 'यह एक साल में £120 मिलियन होगा.', paragraph: 1 },
      { text: 'Stamp duty', paragraph: 2 },
    ],
    en: [
      { text: 'Foreign buyers will be charged higher stamp duty', paragraph: 0 },
      { text: 'The Treasury expects it to raise up to £120 million a year.', paragraph: 1 },
      { text: 'Stamp duty', paragraph: 2 },
    ],
    kinds: { hi: { 0: 'heading', 2: 'quote' }, en: { 0: 'heading', 2: 'quote' } },
    links: [
      { hi: [0], en: [0] },
      { hi: [1, 2], en: [1] },
      { hi: [3], en: [2] },
    ],
    ...changes,
  };
}

describe('savePassage', () => {
  it('saves a valid passage and its entries so that they load back as drafted', async () => {
    const contentDir = writeValidContent();
    const draft = createDraft();
    expect(await savePassage(draft, [createEntry()], contentDir)).toEqual({ ok: true, slug: draft.slug });
    expect(await checkContent(contentDir)).toEqual([]);

    const passage = await loadPassage(draft.slug, contentDir);
    expect(passage).not.toBeNull();
    expect(passage?.title).toEqual(draft.title);
    expect(passage?.source).toEqual(draft.source);
    expect(passage?.translation).toEqual(draft.translation);
    expect(passage?.notes).toEqual([]);
    expect(passage?.added).toBe(new Date().toISOString().slice(0, 10));
    expect(passage?.hi.sentences.map(({ text, paragraph, lang }) => ({ text, paragraph, lang }))).toEqual([
      { text: draft.hi[0]?.text, paragraph: 0, lang: 'hi' },
      { text: draft.hi[1]?.text, paragraph: 1, lang: 'hi' },
      { text: draft.hi[2]?.text, paragraph: 1, lang: 'hi' },
      { text: 'Stamp duty', paragraph: 2, lang: 'en' },
    ]);
    expect(passage?.en.sentences.map((sentence) => sentence.text)).toEqual(draft.en.map((sentence) => sentence.text));
    expect(passage?.hi.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['heading', 'text', 'quote']);
    expect(passage?.en.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['heading', 'text', 'quote']);
    expect(passage?.links.map(({ hi, en }) => ({ hi, en }))).toEqual(draft.links);
    expect(await loadGlossaryEntry('stamp', contentDir)).toEqual(createEntry());
  });

  it('refuses a slug that is taken and changes nothing', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const result = await savePassage(createDraft({ slug: 'test-passage' }), [createEntry()], contentDir);
    expect(result).toEqual({
      ok: false,
      reason: 'slug-taken',
      problems: [{ file: 'content/passages/test-passage', line: 0, message: expect.stringMatching(/already exists/) }],
    });
    expect(snapshotFolder(contentDir)).toEqual(before);
  });

  it('refuses a slug that is not a valid name', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const result = await savePassage(createDraft({ slug: '../Escape' }), [], contentDir);
    expect(result.ok).toBe(false);
    expect(snapshotFolder(contentDir)).toEqual(before);
  });

  it('refuses an invalid draft and leaves no file or staging folder behind', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const draft = createDraft({ links: [{ hi: [0], en: [0] }, { hi: [1, 2], en: [1] }, { hi: [3], en: [7] }] });
    const result = await savePassage(draft, [createEntry()], contentDir);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toContainEqual({
      file: 'content/passages/ntrex-stamp-duty/alignment.tsv',
      line: 4,
      message: expect.stringMatching(/English sentence 7/),
    });
    expect(snapshotFolder(contentDir)).toEqual(before);
  });

  it('refuses a glossary entry whose id exists and leaves the existing entry as it was', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const taken = createEntry({ id: 'safety', headword: 'सेफ्टी-नेट', forms: ['सेफ्टी-नेट'] });
    const result = await savePassage(createDraft(), [createEntry(), taken], contentDir);
    expect(result).toEqual({
      ok: false,
      reason: 'entry-taken',
      entryId: 'safety',
      problems: [{ file: 'content/glossary/safety.yaml', line: 0, message: 'glossary entry "safety" already exists' }],
    });
    expect(snapshotFolder(contentDir)).toEqual(before);
  });

  it('refuses two new entries with one id', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const twin = createEntry({ headword: 'स्टांप', forms: ['स्टांप'] });
    const result = await savePassage(createDraft(), [createEntry(), twin], contentDir);
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ file: 'content/glossary/stamp.yaml', line: 0, message: 'glossary entry "stamp" is given twice' }],
    });
    expect(snapshotFolder(contentDir)).toEqual(before);
  });

  it('takes everything back when a new entry clashes with the glossary', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const clash = createEntry({ forms: ['स्टाम्प', 'सेफ्टी'] });
    const result = await savePassage(createDraft(), [clash], contentDir);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((problem) => problem.message);
    expect(messages).toEqual([expect.stringMatching(/"सेफ्टी" is also a form of glossary entry "safety" .*defaultFor/)]);
    expect(snapshotFolder(contentDir)).toEqual(before);
  });

  it('names the passage by its slug in problems, not by its staging folder', async () => {
    const contentDir = writeValidContent();
    const draft = createDraft({ title: { hi: ' ', en: 'Stamp duty' } });
    const result = await savePassage(draft, [], contentDir);
    expect(result.ok).toBe(false);
    const files = result.ok ? [] : result.problems.map((problem) => problem.file);
    expect(files).toEqual(['content/passages/ntrex-stamp-duty/passage.yaml']);
  });
});

/** The snapshot of a content folder after `added` was saved into the state of `before`. */
function withSaved(before: Record<string, string>, contentDir: string, added: string[]): Record<string, string> {
  const after = snapshotFolder(contentDir);
  const expected = { ...before };
  for (const file of added) {
    const prefix = `${file}/`;
    for (const [name, contents] of Object.entries(after)) if (name === file || name.startsWith(prefix)) expected[name] = contents;
  }
  return expected;
}

function passageFiles(slug: string): string[] {
  return [path.join('passages', slug)];
}

describe('savePassage, two at once', () => {
  it('saves one of two passages with one slug whole and reports the other as taken', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const first = createDraft({ title: { hi: 'पहला', en: 'The first' } });
    const second = createDraft({ title: { hi: 'दूसरा', en: 'The second' }, hi: createDraft().hi.slice(0, 3), links: [{ hi: [0], en: [0] }, { hi: [1, 2], en: [1, 2] }] });
    const results = await Promise.all([savePassage(first, [], contentDir), savePassage(second, [], contentDir)]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    expect(refused).toMatchObject({ ok: false, reason: 'slug-taken' });
    const winner = results[0]?.ok ? first : second;
    const passage = await loadPassage(winner.slug, contentDir);
    expect(passage?.title).toEqual(winner.title);
    expect(passage?.hi.sentences.map((sentence) => sentence.text)).toEqual(winner.hi.map((sentence) => sentence.text));
    expect(passage?.links.map(({ hi, en }) => ({ hi, en }))).toEqual(winner.links);
    expect(await checkContent(contentDir)).toEqual([]);
    expect(snapshotFolder(contentDir)).toEqual(withSaved(before, contentDir, passageFiles(winner.slug)));
  });

  it('creates a new entry proposed by two passages once and never overwrites it', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const first = createDraft({ slug: 'stamp-one' });
    const second = createDraft({ slug: 'stamp-two' });
    const firstEntry = createEntry({ meaning: 'The first meaning.' });
    const secondEntry = createEntry({ meaning: 'The second meaning.' });
    const results = await Promise.all([savePassage(first, [firstEntry], contentDir), savePassage(second, [secondEntry], contentDir)]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({
      ok: false,
      reason: 'entry-taken',
      entryId: 'stamp',
      problems: [{ file: 'content/glossary/stamp.yaml', line: 0, message: 'glossary entry "stamp" already exists' }],
    });
    const [winner, winnerEntry] = results[0]?.ok ? [first, firstEntry] : [second, secondEntry];
    expect(await loadGlossaryEntry('stamp', contentDir)).toEqual(winnerEntry);
    expect(await checkContent(contentDir)).toEqual([]);
    expect(snapshotFolder(contentDir)).toEqual(withSaved(before, contentDir, [...passageFiles(winner.slug), 'glossary/stamp.yaml']));
  });

  it('saves a valid passage beside an invalid one and leaves nothing of the invalid one', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const valid = createDraft({ slug: 'valid-passage' });
    const invalid = createDraft({ slug: 'invalid-passage', links: [{ hi: [0], en: [0] }, { hi: [1, 2], en: [1] }, { hi: [3], en: [7] }] });
    const clashing = createEntry({ id: 'stamp-clash', forms: ['स्टाम्प', 'सेफ्टी'] });
    const [invalidResult, validResult, clashResult] = await Promise.all([
      savePassage(invalid, [createEntry({ id: 'stamp-invalid' })], contentDir),
      savePassage(valid, [createEntry()], contentDir),
      savePassage(createDraft({ slug: 'clashing-passage' }), [clashing], contentDir),
    ]);

    expect(validResult).toEqual({ ok: true, slug: 'valid-passage' });
    expect(invalidResult).toMatchObject({ ok: false, reason: 'invalid' });
    expect(clashResult).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await checkContent(contentDir)).toEqual([]);
    expect(snapshotFolder(contentDir)).toEqual(withSaved(before, contentDir, [...passageFiles('valid-passage'), 'glossary/stamp.yaml']));
  });
});

describe('savePassage, against another writer', () => {
  it('reports a passage folder made by someone else mid-save as taken and leaves that folder alone', async () => {
    const contentDir = writeValidContent();
    const draft = createDraft();
    const foreign = path.join(contentDir, 'passages', draft.slug);
    beforeRename.run = (_from, to) => {
      if (to !== foreign) return;
      mkdirSync(foreign);
      writeFileSync(path.join(foreign, 'hi.txt'), 'किसी और का पाठ\n');
    };
    const before = { ...snapshotFolder(contentDir), [path.join('passages', draft.slug)]: '(folder)', [path.join('passages', draft.slug, 'hi.txt')]: 'किसी और का पाठ\n' };
    const result = await savePassage(draft, [createEntry()], contentDir);
    expect(result).toMatchObject({ ok: false, reason: 'slug-taken', problems: [{ message: `a passage called "${draft.slug}" already exists` }] });
    expect(snapshotFolder(contentDir)).toEqual(before);
  });

  it('reports an entry file made by someone else mid-save as taken and never replaces it', async () => {
    const contentDir = writeValidContent();
    const draft = createDraft();
    const foreignEntry = serializeGlossaryEntry(createEntry({ meaning: 'Written by someone else.' }));
    beforeRename.run = () => writeFileSync(path.join(contentDir, 'glossary', 'stamp.yaml'), foreignEntry);
    const before = { ...snapshotFolder(contentDir), [path.join('glossary', 'stamp.yaml')]: foreignEntry };
    const result = await savePassage(draft, [createEntry({ id: 'stamp-duty' }), createEntry({ forms: ['स्टैम्प'], headword: 'स्टैम्प' })], contentDir);
    expect(result).toMatchObject({ ok: false, reason: 'entry-taken', entryId: 'stamp' });
    expect(snapshotFolder(contentDir)).toEqual(before);
  });

  it('waits for a lock another process holds, then saves', async () => {
    const contentDir = writeValidContent();
    const lockDir = path.join(contentDir, saveLockName);
    mkdirSync(lockDir);
    const saving = savePassage(createDraft(), [], contentDir);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(existsSync(path.join(contentDir, 'passages', createDraft().slug))).toBe(false);
    rmSync(lockDir, { recursive: true });
    expect(await saving).toEqual({ ok: true, slug: createDraft().slug });
    expect(existsSync(lockDir)).toBe(false);
  });

  it('gives up, changing nothing, when another live save holds the lock for longer than a save waits', async () => {
    const contentDir = writeValidContent();
    mkdirSync(path.join(contentDir, saveLockName));
    const before = snapshotFolder(contentDir);
    // Only the waits between attempts run on a fake clock: the lock's age is real, so it stays fresh.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      let result: Awaited<ReturnType<typeof savePassage>> | undefined;
      const saving = savePassage(createDraft(), [createEntry()], contentDir).then((outcome) => {
        result = outcome;
      });
      while (result === undefined) {
        await new Promise((resolve) => setImmediate(resolve));
        vi.advanceTimersToNextTimer();
      }
      await saving;
      expect(vi.getTimerCount()).toBe(0);
      expect(result).toMatchObject({ ok: false, reason: 'busy', problems: [{ file: `content/${saveLockName}` }] });
    } finally {
      vi.useRealTimers();
    }
    expect(snapshotFolder(contentDir)).toEqual(before);
  }, 30_000);

  it('takes over a lock left by a process that died, and removes what that process staged', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const lockDir = path.join(contentDir, saveLockName);
    mkdirSync(lockDir);
    const longAgo = new Date(Date.now() - 2 * saveLockStaleMs);
    utimesSync(lockDir, longAgo, longAgo);
    mkdirSync(path.join(contentDir, 'passages', '.staging-dead'));
    writeFileSync(path.join(contentDir, 'passages', '.staging-dead', 'hi.txt'), 'आधा\n');
    writeFileSync(path.join(contentDir, 'glossary', '.staging-dead-stamp.yaml'), 'headword: आधा\n');

    const started = Date.now();
    expect(await savePassage(createDraft(), [createEntry()], contentDir)).toEqual({ ok: true, slug: createDraft().slug });
    expect(Date.now() - started).toBeLessThan(saveLockStaleMs);
    expect(snapshotFolder(contentDir)).toEqual(withSaved(before, contentDir, [...passageFiles(createDraft().slug), 'glossary/stamp.yaml']));
  });
});
