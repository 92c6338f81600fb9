import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeValidContent } from './content-fixture';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function isExitError(error: unknown): error is Error & { code: number; stdout: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'number' && 'stdout' in error;
}

async function runContentCheck(contentDir: string): Promise<{ code: number; lines: string[] }> {
  const args = ['scripts/content-check.ts', contentDir];
  const result = await promisify(execFile)(tsx, args, { cwd: root }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: unknown) => {
      if (isExitError(error)) return { code: error.code, stdout: String(error.stdout) };
      throw error;
    },
  );
  return { code: result.code, lines: result.stdout.trimEnd().split('\n') };
}

/** The fixture's safety entry with another meaning (on line 9). */
function safetyMeaning(meaning: string): string {
  return [
    'headword: सेफ्टी',
    'forms: [सेफ्टी]',
    'romanization: sefṭī',
    'origin: en',
    'source: safety',
    'english: [safety]',
    'pos: noun',
    'gender: f',
    `meaning: ${meaning}`,
    '',
  ].join('\n');
}

describe('npm run content:check', () => {
  it('prints a summary and exits 0 when there is no problem', async () => {
    expect(await runContentCheck(writeValidContent())).toEqual({
      code: 0,
      lines: ['content: 1 passage, 2 glossary entries, no problems'],
    });
  }, 30_000);

  it('prints each problem as file:line: message, then a summary, and exits 1', async () => {
    const contentDir = writeValidContent({
      'glossary/safety.yaml': 'headword: सेफ्टी\nforms: [सेफ्टी]\ncolour: red\n',
    });
    const { code, lines } = await runContentCheck(contentDir);
    expect(code).toBe(1);
    expect(lines).toContain('content/glossary/safety.yaml:3: colour: unknown field');
    expect(lines.at(-1)).toMatch(/^content: 1 passage, 2 glossary entries, \d+ problems$/);
  }, 30_000);

  it('prints warnings as file:line: warning: message and exits 0 when there are only warnings', async () => {
    const contentDir = writeValidContent({ 'glossary/safety.yaml': safetyMeaning('Here, being safe from harm.') });
    const { code, lines } = await runContentCheck(contentDir);
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(/^content\/glossary\/safety\.yaml:9: warning: meaning: says "here"/),
      'content: 1 passage, 2 glossary entries, no problems, 1 warning',
    ]);
  }, 30_000);

  it('exits 1 when there are problems beside warnings, and prints both', async () => {
    const contentDir = writeValidContent({
      'glossary/safety.yaml': safetyMeaning('Here, being safe from harm.'),
      'passages/test-passage/passage.yaml': 'title:\n  hi: एक परीक्षा\n  en: A test\ncolour: red\n',
    });
    const { code, lines } = await runContentCheck(contentDir);
    expect(code).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/glossary\/safety\.yaml:9: warning: meaning: says "here"/));
    expect(lines).toContain('content/passages/test-passage/passage.yaml:4: colour: unknown field');
    expect(lines.at(-1)).toMatch(/^content: 1 passage, 2 glossary entries, \d+ problems, 1 warning$/);
  }, 30_000);
});
