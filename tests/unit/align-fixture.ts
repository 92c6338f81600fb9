import { expect } from 'vitest';
import type { AlignmentLink } from '@/lib/align';

export { NTREX_DEV_DIR as ntrexDir, readNtrexDocuments, type LineAlignedDocument } from '@/lib/datasets';

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
