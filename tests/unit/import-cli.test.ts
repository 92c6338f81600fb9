import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent, loadGlossary, loadPassage } from '@/lib/content';
import { maxTextLength, saveRequestLimits } from '@/lib/importer';
import { writeValidContent } from './content-fixture';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const timeout = 60_000;

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function isExitError(error: unknown): error is Error & { code: number; stdout: string; stderr: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'number' && 'stderr' in error;
}

async function runImport(args: readonly string[]): Promise<RunResult> {
  return promisify(execFile)(tsx, ['scripts/import.ts', ...args], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: unknown) => {
      if (isExitError(error)) return { code: error.code, stdout: String(error.stdout), stderr: String(error.stderr) };
      throw error;
    },
  );
}

/** Every file and folder under a folder, hidden ones included, with the files' contents. */
function snapshotFolder(dir: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    snapshot[path.relative(dir, full)] = entry.isDirectory() ? '(folder)' : readFileSync(full, 'utf8');
  }
  return snapshot;
}

const hiText = 'कंपनी ने नया प्लेटफॉर्म लॉन्च किया।\nयह प्लेटफॉर्म सबके लिए मुफ्त है।\n\nइसकी टीम छोटी है।\n';
const enText = 'The company launched a new platform.\nThis platform is free for everyone.\n\nIts team is small.\n';

/** Writes input files into a fresh folder and returns their paths by name. */
function writeInputs(files: Record<string, string | Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sahpath-import-'));
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    paths[name] = path.join(dir, name);
    writeFileSync(paths[name], content);
  }
  mkdirSync(path.join(dir, 'a-folder'));
  paths['a-folder'] = path.join(dir, 'a-folder');
  return paths;
}

describe('npm run import', () => {
  it('saves the passage and its unreviewed entries, and prints a summary', async () => {
    const contentDir = writeValidContent();
    const inputs = writeInputs({ 'hi.txt': hiText, 'en.txt': enText });
    const glossaryBefore = new Set((await loadGlossary(contentDir)).map((entry) => entry.id));
    const result = await runImport([
      '--hi', inputs['hi.txt'] ?? '',
      '--en', inputs['en.txt'] ?? '',
      '--slug', 'new-platform',
      '--title-hi', 'नया प्लेटफॉर्म',
      '--title-en', 'A new platform',
      '--source=NTREX-128',
      '--source-url', 'https://github.com/MicrosoftTranslator/NTREX',
      '--published', '2018-09-29',
      '--licence', 'CC BY-SA 4.0',
      '--translation-by', 'Professional translators',
      '--translation-licence', 'CC BY-SA 4.0',
      '--presplit',
      '--content', contentDir,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await checkContent(contentDir)).toEqual([]);

    const passage = await loadPassage('new-platform', contentDir);
    expect(passage?.title).toEqual({ hi: 'नया प्लेटफॉर्म', en: 'A new platform' });
    expect(passage?.source).toEqual({
      name: 'NTREX-128',
      url: 'https://github.com/MicrosoftTranslator/NTREX',
      published: '2018-09-29',
      licence: 'CC BY-SA 4.0',
    });
    expect(passage?.translation).toEqual({ by: 'Professional translators', licence: 'CC BY-SA 4.0' });
    expect(passage?.hi.sentences.map(({ text, paragraph }) => [text, paragraph])).toEqual([
      ['कंपनी ने नया प्लेटफॉर्म लॉन्च किया।', 0],
      ['यह प्लेटफॉर्म सबके लिए मुफ्त है।', 0],
      ['इसकी टीम छोटी है।', 1],
    ]);
    expect(passage?.en.sentences).toHaveLength(3);

    const added = (await loadGlossary(contentDir)).filter((entry) => !glossaryBefore.has(entry.id));
    expect(added.length).toBeGreaterThan(0);
    expect(added.map((entry) => entry.source)).toContain('platform');
    expect(added.every((entry) => entry.reviewed === false)).toBe(true);

    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('imported new-platform');
    expect(result.stdout).toContain('sentences: 3 Hindi, 3 English');
    expect(result.stdout).toMatch(/links: \d+, \d+ low-confidence \(score < 0\.5\)/);
    expect(result.stdout).toContain(`new glossary entries (unreviewed): ${added.length} `);
    for (const entry of added) expect(result.stdout).toContain(entry.id);
  }, timeout);

  it('splits sentences itself without --presplit, and says "unknown" for a source not given', async () => {
    const contentDir = writeValidContent();
    const inputs = writeInputs({ 'hi.txt': 'पहला वाक्य है। दूसरा वाक्य है।', 'en.txt': 'The first sentence. The second one.' });
    const result = await runImport([
      '--hi', inputs['hi.txt'] ?? '', '--en', inputs['en.txt'] ?? '',
      '--slug', 'two-sentences', '--title-hi', 'दो वाक्य', '--title-en', 'Two sentences', '--content', contentDir,
    ]);
    expect(result.code).toBe(0);
    const passage = await loadPassage('two-sentences', contentDir);
    expect(passage?.hi.sentences.map((sentence) => sentence.text)).toEqual(['पहला वाक्य है।', 'दूसरा वाक्य है।']);
    expect(passage?.source).toEqual({ name: 'unknown' });
    expect(passage?.translation).toEqual({ by: 'unknown' });
    expect(await checkContent(contentDir)).toEqual([]);
  }, timeout);

  it('prints its usage with --help', async () => {
    const result = await runImport(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run -s import -- --hi HI\.txt --en EN\.txt --slug SLUG/);
  }, timeout);
});

describe.concurrent('npm run import, given a mistake, prints one line, exits 1 and writes nothing', () => {
  const inputs = writeInputs({
    'hi.txt': hiText,
    'en.txt': enText,
    'empty.txt': '\n  \n',
    'latin.txt': 'No Devanagari here.\n',
    'latin1.txt': Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    'long.txt': `${'क '.repeat(maxTextLength / 2)}ख`,
    'long-sentence.txt': `${'क '.repeat(saveRequestLimits.sentence / 2)}ख\nयह प्लेटफॉर्म सबके लिए मुफ्त है।\n`,
  });
  const hi = inputs['hi.txt'] ?? '';
  const en = inputs['en.txt'] ?? '';
  const titles = ['--title-hi', 'शीर्षक', '--title-en', 'Title'];
  const valid = ['--hi', hi, '--en', en, '--slug', 'new-passage', ...titles];

  const cases: Array<[string, string[], RegExp]> = [
    ['a missing file', ['--hi', `${hi}.missing`, '--en', en, '--slug', 'x', ...titles], /cannot read the Hindi file .*: no such file$/],
    ['a folder for a file', ['--hi', hi, '--en', inputs['a-folder'] ?? '', '--slug', 'x', ...titles], /cannot read the English file .*: it is a folder$/],
    ['an empty text', ['--hi', inputs['empty.txt'] ?? '', '--en', en, '--slug', 'x', ...titles], /the Hindi file .*empty\.txt is empty$/],
    ['invalid UTF-8', ['--hi', hi, '--en', inputs['latin1.txt'] ?? '', '--slug', 'x', ...titles], /the English file .*latin1\.txt is not valid UTF-8$/],
    ['no Devanagari', ['--hi', inputs['latin.txt'] ?? '', '--en', en, '--slug', 'x', ...titles], /the Hindi file .*latin\.txt has no Devanagari text$/],
    ['a text too long', ['--hi', inputs['long.txt'] ?? '', '--en', en, '--slug', 'x', ...titles], /is longer than 100,000 characters$/],
    ['a missing option', ['--hi', hi, '--en', en, '--slug', 'x', '--title-hi', 'शीर्षक'], /^import: missing option --title-en/],
    ['an empty title', ['--hi', hi, '--en', en, '--slug', 'x', '--title-hi', 'शीर्षक', '--title-en', ' '], /--title-en must not be empty$/],
    ['a bad slug', ['--hi', hi, '--en', en, '--slug', 'Bad_Slug', ...titles], /bad slug "Bad_Slug"/],
    ['a slug that exists', ['--hi', hi, '--en', en, '--slug', 'test-passage', ...titles], /a passage called "test-passage" already exists/],
    ['an unknown option', [...valid, '--colour', 'red'], /^import: unknown option "--colour"/],
    ['an option given twice', [...valid, '--slug', 'other'], /^import: --slug is given twice$/],
    ['an option without its value', [...valid, '--source'], /^import: --source needs a value$/],
    ['a value for a flag', [...valid, '--presplit=yes'], /^import: --presplit takes no value$/],
    ['a stray argument', [...valid, 'extra'], /^import: unexpected argument "extra"/],
    ['a bad date', [...valid, '--published', '2018-13-45'], /^import: --published: /],
    ['a bad URL', [...valid, '--source-url', 'not a url'], /^import: --source-url: /],
    ['a content folder that does not exist', [...valid, '--content', '/nonexistent/content'], /the content folder .* does not exist$/],
    ['a slug too long', ['--hi', hi, '--en', en, '--slug', 'a'.repeat(81), ...titles], /^import: --slug is too long \(at most 80 characters\)$/],
    ['a title too long', ['--hi', hi, '--en', en, '--slug', 'x', '--title-hi', 'शीर्षक', '--title-en', 'T'.repeat(301)], /^import: --title-en is too long \(at most 300 characters\)$/],
    ['a source too long', [...valid, '--source', 's'.repeat(301)], /^import: --source is too long \(at most 300 characters\)$/],
    ['a translator too long', [...valid, '--translation-by', 't'.repeat(301)], /^import: --translation-by is too long \(at most 300 characters\)$/],
    [
      'a sentence too long',
      ['--hi', inputs['long-sentence.txt'] ?? '', '--en', en, '--slug', 'x', ...titles, '--presplit'],
      /^import: the Hindi file .*long-sentence\.txt: sentence 1 is too long \(at most 2,000 characters\)$/,
    ],
  ];

  it.each(cases)('%s', async (_name, args, message) => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const withContent = args.includes('--content') ? args : [...args, '--content', contentDir];
    const result = await runImport(withContent);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^import: /);
    expect(lines[0]).toMatch(message);
    expect(snapshotFolder(contentDir)).toEqual(before);
  }, timeout);
});

describe('npm run import, twice at once', () => {
  it('saves one of two imports of one slug whole and tells the other the slug is taken', async () => {
    const contentDir = writeValidContent();
    const before = snapshotFolder(contentDir);
    const inputs = writeInputs({ 'hi.txt': hiText, 'en.txt': enText });
    const importAs = (titleEn: string) =>
      runImport([
        '--hi', inputs['hi.txt'] ?? '', '--en', inputs['en.txt'] ?? '', '--slug', 'new-platform',
        '--title-hi', 'नया प्लेटफॉर्म', '--title-en', titleEn, '--presplit', '--content', contentDir,
      ]);
    const results = await Promise.all([importAs('The first import'), importAs('The second import')]);

    expect(results.map((result) => result.code).sort()).toEqual([0, 1]);
    const winner = results.findIndex((result) => result.code === 0);
    const loser = results[1 - winner];
    expect(loser?.stdout).toBe('');
    expect(loser?.stderr.trimEnd()).toMatch(/^import: (nothing saved: )?a passage called "new-platform" already exists in /);
    const passage = await loadPassage('new-platform', contentDir);
    expect(passage?.title.en).toBe(winner === 0 ? 'The first import' : 'The second import');
    expect(passage?.hi.sentences).toHaveLength(3);
    expect(await checkContent(contentDir)).toEqual([]);
    const added = Object.keys(snapshotFolder(contentDir)).filter((name) => !(name in before));
    expect(added.filter((name) => path.basename(name).startsWith('.'))).toEqual([]);
    expect(added).toContain(path.join('passages', 'new-platform', 'passage.yaml'));
  }, timeout);
});
