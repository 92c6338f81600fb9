import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { AlignmentLink } from '@/lib/align';

/** NTREX-128 development documents (Federmann, Kocmi and Xin 2022, CC BY-SA 4.0). */
export const ntrexDir = path.resolve(__dirname, '../../../shared/data/ntrex-hi-en/dev');

export interface LineAlignedDocument {
  name: string;
  hi: string[];
  en: string[];
}

function readLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function readNtrexDocuments(): LineAlignedDocument[] {
  return readdirSync(ntrexDir)
    .filter((file) => file.endsWith('.hi.txt'))
    .map((file) => file.slice(0, -'.hi.txt'.length))
    .sort()
    .map((name) => ({
      name,
      hi: readLines(path.join(ntrexDir, `${name}.hi.txt`)),
      en: readLines(path.join(ntrexDir, `${name}.en.txt`)),
    }));
}

/** Links shown as "0,1:2" for readable failures. */
export function describeLinks(links: ReadonlyArray<{ hi: readonly number[]; en: readonly number[] }>): string[] {
  return links.map((link) => `${link.hi.join(',')}:${link.en.join(',')}`);
}

/**
 * The aligner's contract: every sentence in exactly one link, in order (so links are monotone and
 * each side of a link is a contiguous ascending run), no empty link, allowed shapes, scores in [0, 1].
 */
export function expectValidAlignment(
  links: readonly AlignmentLink[],
  hiCount: number,
  enCount: number,
  shapes: readonly string[],
): void {
  expect(links.flatMap((link) => link.hi)).toEqual(Array.from({ length: hiCount }, (_, index) => index));
  expect(links.flatMap((link) => link.en)).toEqual(Array.from({ length: enCount }, (_, index) => index));
  for (const link of links) {
    expect(shapes).toContain(`${link.hi.length}-${link.en.length}`);
    expect(link.score).toBeGreaterThanOrEqual(0);
    expect(link.score).toBeLessThanOrEqual(1);
  }
}

export const bestShapes = ['1-1', '1-0', '0-1', '2-1', '1-2', '2-2', '3-1', '1-3'];
export const galeChurchShapes = ['1-1', '1-0', '0-1', '2-1', '1-2', '2-2'];
