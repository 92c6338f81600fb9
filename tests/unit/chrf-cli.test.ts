import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

async function runChrf(args: readonly string[]): Promise<CliResult> {
  return promisify(execFile)(tsx, ['scripts/chrf.ts', ...args], { cwd: root }).then(
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
  dir = mkdtempSync(path.join(tmpdir(), 'chrf-cli-'));
  writeFileSync(resolveFile('hyp.txt'), 'The cat sat on the mat.\nA dog.\n');
  writeFileSync(resolveFile('ref.txt'), 'The cat is sitting on the mat.\nThe dog barked.\n');
  writeFileSync(resolveFile('ref2.txt'), 'The cat sat on a mat.\nA dog.\n');
  writeFileSync(resolveFile('one-line.txt'), 'The cat.\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// The scores are sacrebleu's CHRF() on the same lines, to four decimals.
describe('npm run chrf', () => {
  it('prints the corpus score with four decimals', async () => {
    const result = await runChrf(['--hyp', resolveFile('hyp.txt'), '--ref', resolveFile('ref.txt')]);
    expect(result).toEqual({ code: 0, stdout: '37.8629\n', stderr: '' });
  }, 30_000);

  it('prints one score per line with --sentence, against the best of repeated --ref streams', async () => {
    const result = await runChrf(['--hyp', resolveFile('hyp.txt'), '--ref', resolveFile('ref.txt'), '--ref', resolveFile('ref2.txt'), '--sentence']);
    expect(result).toEqual({ code: 0, stdout: '71.4225\n100.0000\n', stderr: '' });
  }, 30_000);

  it('prints its usage with --help', async () => {
    const result = await runChrf(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('usage: chrf --hyp HYP.txt --ref REF.txt')).toBe(true);
  }, 30_000);

  it.each([
    ['a missing --ref', ['--hyp', 'hyp.txt'], 2, 'chrf: missing --ref; usage:'],
    ['a missing file', ['--hyp', 'hyp.txt', '--ref', 'missing.txt'], 1, 'chrf: ' + path.join('DIR', 'missing.txt: cannot read (no such file)')],
    ['line counts that differ', ['--hyp', 'hyp.txt', '--ref', 'one-line.txt'], 1, 'chrf: ' + path.join('DIR', 'one-line.txt: has 1 lines, ')],
  ])('fails in one line on %s', async (_, names, code, message) => {
    const result = await runChrf(names.map((name) => (name.endsWith('.txt') ? resolveFile(name) : name)));
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.startsWith(message.replace('DIR', dir))).toBe(true);
  }, 30_000);
});
