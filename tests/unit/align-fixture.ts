import { expect } from 'vitest';
import { alignSentences, createRandom, perturbDocument, type AlignmentLink } from '@/lib/align';
import type { LineAlignedDocument } from '@/lib/datasets';

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

/** The confidences of the links the aligner makes on documents perturbed with this seed, split by whether the gold has the link. */
export function scoreAgainstGold(documents: readonly LineAlignedDocument[], seed: number): { right: number[]; wrong: number[] } {
  const random = createRandom(seed);
  const right: number[] = [];
  const wrong: number[] = [];
  for (const document of documents) {
    const perturbed = perturbDocument(document.hi, document.en, random);
    const gold = new Set(describeLinks(perturbed.gold));
    for (const link of alignSentences(perturbed.hi, perturbed.en)) {
      (gold.has(describeLinks([link])[0] as string) ? right : wrong).push(link.score);
    }
  }
  return { right, wrong };
}
