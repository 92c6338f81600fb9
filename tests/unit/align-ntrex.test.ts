import { describe, expect, it } from 'vitest';
import {
  alignSentences,
  createRandom,
  DOUBTFUL_BELOW,
  perturbDocument,
  scoreAlignments,
} from '@/lib/align';
import { describeLinks, scoreAgainstGold, expectValidAlignment, galeChurchShapes, readNtrexDocuments } from './align-fixture';

const documents = readNtrexDocuments();

function findDocument(name: string) {
  const document = documents.find((candidate) => candidate.name === name);
  if (document === undefined) throw new Error(`NTREX document ${name} is missing`);
  return document;
}

describe('the best aligner on real NTREX-128 documents', () => {
  it('finds the line-by-line alignment of every unperturbed document, and is sure of nearly all of it', () => {
    expect(documents).toHaveLength(49);
    const scores: number[] = [];
    for (const document of documents) {
      const links = alignSentences(document.hi, document.en);
      const expected = document.hi.map((_, index) => `${index}:${index}`);
      expect(describeLinks(links), document.name).toEqual(expected);
      scores.push(...links.map((link) => link.score));
    }
    // A free translation may be doubted: "the enormous bonnets" is "यह बेहतरीन कलेक्शन" in Hindi.
    expect(scores.filter((score) => score < DOUBTFUL_BELOW).length).toBeLessThan(scores.length * 0.01);
    expect(scores.filter((score) => score < 0.5).length).toBeLessThanOrEqual(1);
  });

  it('finds the line-by-line alignment of all documents in a row', () => {
    const hi = documents.flatMap((document) => document.hi);
    const en = documents.flatMap((document) => document.en);
    const links = alignSentences(hi, en);
    expect(describeLinks(links)).toEqual(hi.map((_, index) => `${index}:${index}`));
  });

  it('finds a Hindi excerpt inside a much longer English text', () => {
    const hi = documents.flatMap((document) => document.hi).slice(100, 200);
    const en = documents.flatMap((document) => document.en);
    const links = alignSentences(hi, en);
    const found = links.filter((link) => link.hi.length === 1 && link.en.length === 1 && link.en[0] === (link.hi[0] as number) + 100);
    expect(found.length).toBeGreaterThan(95);
  });

  it('recovers two lines merged on the Hindi side as a 1-2 link', () => {
    const { hi, en } = findDocument('bbc.381646');
    const merged = [...hi.slice(0, 3), `${hi[3]} ${hi[4]}`, ...hi.slice(5)];
    const links = describeLinks(alignSentences(merged, en));
    expect(links).toContain('3:3,4');
    expect(links).toContain('4:5');
  });

  it('recovers two lines merged on the English side as a 2-1 link', () => {
    const { hi, en } = findDocument('guardian.221754');
    const merged = [...en.slice(0, 6), `${en[6]} ${en[7]}`, ...en.slice(8)];
    const links = describeLinks(alignSentences(hi, merged));
    expect(links).toContain('6,7:6');
    expect(links).toContain('8:7');
  });

  it('recovers a line deleted from the English side as a 1-0 link', () => {
    const { hi, en } = findDocument('reuters.218863');
    const shortened = [...en.slice(0, 10), ...en.slice(11)];
    const links = describeLinks(alignSentences(hi, shortened));
    expect(links).toContain('10:');
    expect(links).toContain('11:10');
  });

  it('recovers a line deleted from the Hindi side as a 0-1 link', () => {
    const { hi, en } = findDocument('scotsman.133744');
    const shortened = [...hi.slice(0, 5), ...hi.slice(6)];
    const links = describeLinks(alignSentences(shortened, en));
    expect(links).toContain(':5');
    expect(links).toContain('5:6');
  });

  it('beats length-only alignment on documents perturbed with a fixed seed', () => {
    const random = createRandom(7);
    const perturbed = documents.map((document) => perturbDocument(document.hi, document.en, random));
    const score = (method: 'best' | 'gale-church') =>
      scoreAlignments(
        perturbed.map((document) => ({
          gold: document.gold,
          predicted: alignSentences(document.hi, document.en, { method }),
        })),
      ).f1Strict;
    const best = score('best');
    expect(best).toBeGreaterThan(0.97);
    expect(best).toBeGreaterThan(score('gale-church') + 0.03);
  });

  it('gives wrong links lower confidence than right ones', () => {
    const { right, wrong } = scoreAgainstGold(documents, 11);
    const computeMean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(wrong.length).toBeGreaterThan(0);
    expect(computeMean(wrong)).toBeLessThan(computeMean(right) - 0.2);
  });
});

describe('the Gale–Church aligner on real NTREX-128 documents', () => {
  it('keeps the invariants and aligns most unperturbed lines one to one', () => {
    let oneToOne = 0;
    let total = 0;
    for (const document of documents) {
      const links = alignSentences(document.hi, document.en, { method: 'gale-church' });
      expectValidAlignment(links, document.hi.length, document.en.length, galeChurchShapes);
      const expected = new Set(document.hi.map((_, index) => `${index}:${index}`));
      oneToOne += describeLinks(links).filter((link) => expected.has(link)).length;
      total += document.hi.length;
    }
    expect(oneToOne / total).toBeGreaterThan(0.9);
  });
});
