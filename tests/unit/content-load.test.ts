import { appendFileSync, copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ContentError,
  listGlossaryIds,
  listPassageSlugs,
  listPassages,
  loadGlossary,
  loadGlossaryEntry,
  loadPassage,
  readGlossaryVersion,
  resolveContentDir,
} from '@/lib/content';
import { createValidFiles, passageDir, slug, writeValidContent } from './content-fixture';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('resolveContentDir', () => {
  it('uses SAHPATH_CONTENT_DIR, or content/ in the working folder', () => {
    vi.stubEnv('SAHPATH_CONTENT_DIR', '/somewhere/content');
    expect(resolveContentDir()).toBe('/somewhere/content');
    vi.stubEnv('SAHPATH_CONTENT_DIR', undefined);
    expect(resolveContentDir()).toBe(path.join(process.cwd(), 'content'));
  });
});

describe('loadPassage', () => {
  it('loads a valid passage with its texts, links and notes', async () => {
    const passage = await loadPassage(slug, writeValidContent());
    expect(passage).not.toBeNull();
    expect(passage?.slug).toBe(slug);
    expect(passage?.title).toEqual({ hi: 'एक परीक्षा', en: 'A test' });
    expect(passage?.source).toEqual({ name: 'Test source', published: '2026-02-10' });
    expect(passage?.translation).toEqual({ by: 'Sahpath' });
    const kinds = passage?.hi.paragraphs.map((paragraph) => paragraph.kind);
    expect(kinds).toEqual(['heading', 'text', 'quote']);
    expect(passage?.hi.sentences.map((sentence) => sentence.lang)).toEqual(['hi', 'hi', 'hi', 'en']);
    expect(passage?.en.sentences).toHaveLength(3);
    expect(passage?.links).toEqual([
      { id: '1', hi: [0], en: [0], line: 2 },
      { id: '2', hi: [1, 2], en: [1], line: 3 },
      { id: '3', hi: [3], en: [2], line: 4 },
    ]);
    expect(passage?.notes).toEqual([
      { sentence: 1, phrase: 'पहला वाक्य', text: 'The first sentence.' },
    ]);
  });

  it('uses SAHPATH_CONTENT_DIR when no folder is given', async () => {
    vi.stubEnv('SAHPATH_CONTENT_DIR', writeValidContent());
    expect((await loadPassage(slug))?.slug).toBe(slug);
  });

  it.each(['missing-passage', '../passages/test-passage', 'Test-Passage', 'a/b', '', 'a--b', '-a'])(
    'gives null for %j',
    async (name) => {
      expect(await loadPassage(name, writeValidContent())).toBeNull();
    },
  );

  it('throws a ContentError carrying every problem of an invalid passage', async () => {
    const contentDir = writeValidContent({
      [`passages/${slug}/alignment.tsv`]: '0\t0\n',
      [`passages/${slug}/passage.yaml`]: 'title: {hi: x}\n',
    });
    const error: unknown = await loadPassage(slug, contentDir).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContentError);
    const problems = error instanceof ContentError ? error.problems : [];
    expect(problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual(
      expect.arrayContaining([
        `${passageDir}/hi.txt:3`,
        `${passageDir}/en.txt:5`,
        `${passageDir}/passage.yaml:1`,
      ]),
    );
    expect(String(error)).toContain(`${passageDir}/hi.txt:3: a sentence without a partner`);
  });
});

describe('listPassages', () => {
  it('lists valid passage folders only, and summarises them sorted by English title', async () => {
    const files = createValidFiles();
    const meta = files[`passages/${slug}/passage.yaml`] ?? '';
    const copied = Object.entries(files)
      .filter(([name]) => name.startsWith(`passages/${slug}/`))
      .map(([name, text]) => [name.replace(slug, 'another-passage'), text]);
    const contentDir = writeValidContent({
      ...Object.fromEntries(copied),
      'passages/another-passage/passage.yaml': meta.replace('en: A test', 'en: Another test'),
      [`passages/${slug}/passage.yaml`]: meta.replace('en: A test', 'en: Zebra'),
    });
    mkdirSync(path.join(contentDir, 'passages', 'Not_A_Slug'));
    expect(await listPassageSlugs(contentDir)).toEqual(['another-passage', slug]);
    const summaries = await listPassages(contentDir);
    expect(summaries.map((summary) => summary.title.en)).toEqual(['Another test', 'Zebra']);
    expect(summaries[0]?.sentenceCount).toEqual({ hi: 4, en: 3 });
    expect(summaries[0]?.wordCount).toEqual({ hi: 13, en: 15 });
    expect(summaries[0]).not.toHaveProperty('links');
  });

  it('gives no passages for a content folder without passages', async () => {
    const contentDir = path.join(writeValidContent(), 'glossary');
    expect(await listPassages(contentDir)).toEqual([]);
  });
});

describe('loadGlossary', () => {
  it('loads every entry sorted by id, with defaults filled in', async () => {
    const entries = await loadGlossary(writeValidContent());
    expect(entries.map((entry) => entry.id)).toEqual(['safeguard', 'safety']);
    expect(entries[0]?.related).toEqual(['safety']);
    expect(entries[1]).toMatchObject({ english: ['safety'], related: [], reviewed: true, gender: 'f' });
  });

  it('throws a ContentError when an entry links to a missing entry', async () => {
    const safeguard = createValidFiles()['glossary/safeguard.yaml'] ?? '';
    const contentDir = writeValidContent({
      'glossary/safeguard.yaml': safeguard.replace('- safety', '- security'),
    });
    await expect(loadGlossary(contentDir)).rejects.toBeInstanceOf(ContentError);
    await expect(loadGlossary(contentDir)).rejects.toMatchObject({
      problems: [
        {
          file: 'content/glossary/safeguard.yaml',
          line: 11,
          message: expect.stringContaining('a link to a missing glossary entry "security"'),
        },
      ],
    });
  });

  it('lists glossary ids', async () => {
    expect(await listGlossaryIds(writeValidContent())).toEqual(['safeguard', 'safety']);
  });
});

describe('loadGlossaryEntry', () => {
  it('loads one entry by id', async () => {
    const entry = await loadGlossaryEntry('safety', writeValidContent());
    expect(entry).toMatchObject({ id: 'safety', headword: 'सेफ्टी', pos: 'noun' });
  });

  it.each(['missing', '../glossary/safety', 'Safety'])('gives null for %j', async (id) => {
    expect(await loadGlossaryEntry(id, writeValidContent())).toBeNull();
  });

  it('throws a ContentError for an invalid entry', async () => {
    const contentDir = writeValidContent({ 'glossary/safety.yaml': 'headword: x\n' });
    await expect(loadGlossaryEntry('safety', contentDir)).rejects.toBeInstanceOf(ContentError);
  });
});

describe('readGlossaryVersion', () => {
  it('stays the same while the glossary files are unchanged, and changes when one is edited, added or removed', async () => {
    const contentDir = writeValidContent();
    const glossaryDir = path.join(contentDir, 'glossary');
    const [entryFile] = readdirSync(glossaryDir);
    if (!entryFile) throw new Error('the fixture has no glossary entry');
    const original = await readGlossaryVersion(contentDir);
    expect(await readGlossaryVersion(contentDir)).toBe(original);

    appendFileSync(path.join(glossaryDir, entryFile), '\n');
    const edited = await readGlossaryVersion(contentDir);
    expect(edited).not.toBe(original);

    copyFileSync(path.join(glossaryDir, entryFile), path.join(glossaryDir, 'another-entry.yaml'));
    const added = await readGlossaryVersion(contentDir);
    expect(added).not.toBe(edited);

    rmSync(path.join(glossaryDir, 'another-entry.yaml'));
    expect(await readGlossaryVersion(contentDir)).toBe(edited);
  });
});
