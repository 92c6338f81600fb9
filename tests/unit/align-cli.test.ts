import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOUBTFUL_BELOW } from '@/lib/align';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function isExitError(error: unknown): error is Error & { code: number; stdout: string; stderr: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'number' && 'stderr' in error;
}

async function runAlign(args: readonly string[]): Promise<CliResult> {
  return promisify(execFile)(tsx, ['scripts/align.ts', ...args], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: unknown) => {
      if (isExitError(error)) return { code: error.code, stdout: String(error.stdout), stderr: String(error.stderr) };
      throw error;
    },
  );
}

let dir = '';
const resolveFile = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'align-cli-'));
  writeFileSync(resolveFile('hi.txt'), 'ओलंपिक गोताखोर टॉम डेली 24 साल के हैं।\n\nउन्होंने कहा: "सबको उम्मीद चाहिए।"\n');
  writeFileSync(resolveFile('en.txt'), 'Olympic diver Tom Daley is 24.\n\nHe said: "Everyone needs hope."\n');
  writeFileSync(resolveFile('hi-lines.txt'), '  पहली पंक्ति, OpenAI के बारे में।\n\n\nदूसरी पंक्ति 2024 में।\r\nतीसरी पंक्ति।');
  writeFileSync(resolveFile('en-lines.txt'), 'The first line, about OpenAI.\nThe second line, in 2024.\n\nThe third line.\n');
  writeFileSync(resolveFile('empty.txt'), ' \n\n');
  writeFileSync(resolveFile('latin.txt'), 'This file should have been Hindi.\n');
  writeFileSync(resolveFile('bad.txt'), Uint8Array.from([0xe0, 0xa4, 0x95, 0xff, 0x0a]));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run align', () => {
  it('prints the sentences, their links and the threshold for doubtful links as JSON', async () => {
    const result = await runAlign(['--hi', resolveFile('hi.txt'), '--en', resolveFile('en.txt')]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { hi: string[]; en: string[]; links: unknown[]; flagBelow: number };
    expect(Object.keys(output)).toEqual(['hi', 'en', 'links', 'flagBelow']);
    expect(output.flagBelow).toBe(DOUBTFUL_BELOW);
    expect(output.hi).toEqual(['ओलंपिक गोताखोर टॉम डेली 24 साल के हैं।', 'उन्होंने कहा: "सबको उम्मीद चाहिए।"']);
    expect(output.en).toEqual(['Olympic diver Tom Daley is 24.', 'He said: "Everyone needs hope."']);
    expect(output.links).toEqual([
      { hi: [0], en: [0], score: expect.any(Number) },
      { hi: [1], en: [1], score: expect.any(Number) },
    ]);
  }, 30_000);

  it('numbers the non-empty lines from 0 with --presplit', async () => {
    const result = await runAlign(['--hi', resolveFile('hi-lines.txt'), '--en', resolveFile('en-lines.txt'), '--presplit']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { hi: string[]; en: string[]; links: Array<{ hi: number[]; en: number[] }> };
    expect(output.hi).toEqual(['पहली पंक्ति, OpenAI के बारे में।', 'दूसरी पंक्ति 2024 में।', 'तीसरी पंक्ति।']);
    expect(output.en).toEqual(['The first line, about OpenAI.', 'The second line, in 2024.', 'The third line.']);
    expect(output.links.map(({ hi, en }) => ({ hi, en }))).toEqual([
      { hi: [0], en: [0] },
      { hi: [1], en: [1] },
      { hi: [2], en: [2] },
    ]);
  }, 30_000);

  it('prints its usage with --help', async () => {
    const result = await runAlign(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('usage: align --hi HI.txt --en EN.txt')).toBe(true);
    expect(result.stdout).toContain('flagBelow');
  }, 30_000);

  it('aligns by length only with --method gale-church', async () => {
    const result = await runAlign(['--hi', resolveFile('hi.txt'), '--en', resolveFile('en.txt'), '--method', 'gale-church']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { links: unknown[] }).links).toHaveLength(2);
  }, 30_000);

  it.each([
    ['an empty file', ['--hi', 'empty.txt', '--en', 'en.txt'], 'empty.txt: is empty'],
    ['bytes that are not UTF-8', ['--hi', 'bad.txt', '--en', 'en.txt'], 'bad.txt: not valid UTF-8'],
    ['a "Hindi" file without Devanagari', ['--hi', 'latin.txt', '--en', 'en.txt'], 'latin.txt: has no Devanagari text'],
    ['a missing file', ['--hi', 'hi.txt', '--en', 'missing.txt'], 'missing.txt: cannot read (no such file)'],
  ])('fails in one line on %s', async (_, names, message) => {
    const args = names.map((name) => (name.endsWith('.txt') ? resolveFile(name) : name));
    const result = await runAlign(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`align: ${path.join(dir, message)}`);
  }, 30_000);

  it.each([
    ['an unknown option', ['--frobnicate'], 'align: unknown option "--frobnicate"'],
    ['a missing --en', ['--hi', 'hi.txt'], 'align: missing --en'],
    ['an option without its value', ['--hi', 'hi.txt', '--en'], 'align: --en needs a value'],
    ['an option followed by another', ['--hi', '--en', 'en.txt'], 'align: --hi needs a value'],
    ['a stray argument', ['--hi', 'hi.txt', '--en', 'en.txt', 'extra'], 'align: unexpected argument'],
    ['an unknown method', ['--hi', 'hi.txt', '--en', 'en.txt', '--method', 'fast'], 'align: --method must be best or gale-church'],
  ])('fails with usage on %s', async (_, names, message) => {
    const args = names.map((name) => (name.endsWith('.txt') ? resolveFile(name) : name));
    const result = await runAlign(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.startsWith(message)).toBe(true);
  }, 30_000);
});
