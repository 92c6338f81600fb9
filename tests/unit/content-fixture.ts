import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { ContentProblem } from '@/lib/content';

export const slug = 'test-passage';
export const passageDir = `content/passages/${slug}`;

/** Content files by path inside the content folder; null leaves a file out. */
export type ContentFiles = Record<string, string | null>;

/** A small valid content folder: every line number the tests use is counted from these texts. */
export function createValidFiles(): ContentFiles {
  return {
    [`passages/${slug}/hi.txt`]: [
      '# एक शीर्षक',
      '',
      'पहला वाक्य है.',
      'दूसरा वाक्य है.',
      '',
      '> [en] Today is my last day.',
      '',
    ].join('\n'),
    [`passages/${slug}/en.txt`]: [
      '# A heading',
      '',
      'This is the first and the second sentence.',
      '',
      '> Today is my last day.',
      '',
    ].join('\n'),
    [`passages/${slug}/alignment.tsv`]: ['# hi\ten', '0\t0', '1,2\t1', '3\t2', ''].join('\n'),
    [`passages/${slug}/passage.yaml`]: [
      'title:',
      '  hi: एक परीक्षा',
      '  en: A test',
      'source:',
      '  name: Test source',
      '  published: 2026-02-10',
      'translation:',
      '  by: Sahpath',
      'notes:',
      '  - sentence: 1',
      '    phrase: पहला वाक्य',
      '    text: The first sentence.',
      '',
    ].join('\n'),
    'glossary/safeguard.yaml': [
      'headword: सेफगार्ड',
      'forms: [सेफगार्ड, सेफगार्ड्स]',
      'romanization: sefgārḍ',
      'origin: en',
      'source: safeguard',
      'english: [safeguard, safeguards]',
      'pos: noun',
      'gender: m',
      'meaning: A protection against harm.',
      'related:',
      '  - safety',
      '',
    ].join('\n'),
    'glossary/safety.yaml': [
      'headword: सेफ्टी',
      'forms: [सेफ्टी]',
      'romanization: sefṭī',
      'origin: en',
      'source: safety',
      'pos: noun',
      'gender: f',
      'meaning: Being safe from harm.',
      'english: [safety]',
      '',
    ].join('\n'),
  };
}

/** Writes a content folder into a fresh temporary folder and returns its path. */
export function writeContent(files: ContentFiles): string {
  const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'sahpath-content-')), 'content');
  mkdirSync(path.join(contentDir, 'passages'), { recursive: true });
  mkdirSync(path.join(contentDir, 'glossary'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(contentDir, name)), { recursive: true });
    writeFileSync(path.join(contentDir, name), text);
  }
  return contentDir;
}

/** The valid files with some replaced (or, with null, left out). */
export function writeValidContent(changes: ContentFiles = {}): string {
  return writeContent({ ...createValidFiles(), ...changes });
}

/** Asserts that one of the problems is at this file and line and says what the pattern says. */
export function expectProblem(
  problems: ContentProblem[],
  file: string,
  line: number,
  message: RegExp,
): void {
  expect(problems).toContainEqual({ file, line, message: expect.stringMatching(message) });
}
