import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAlignmentCoverage, parseAlignment, parseSentenceFile } from '@/lib/content';
import type { AlignmentLink } from '@/lib/content';

const file = 'content/passages/x/alignment.tsv';
const files = { alignment: file, hi: 'content/passages/x/hi.txt', en: 'content/passages/x/en.txt' };

function writeAlignment(links: Array<Pick<AlignmentLink, 'hi' | 'en'>>): string {
  const writeSide = (numbers: number[]) => (numbers.length === 0 ? '-' : numbers.join(','));
  return links.map((link) => `${writeSide(link.hi)}\t${writeSide(link.en)}`).join('\n');
}

function createSides(hiCount: number, enCount: number) {
  const writeText = (count: number, word: string) =>
    Array.from({ length: count }, (_, index) => `${word} ${index}.`).join('\n');
  return {
    hi: parseSentenceFile(writeText(hiCount, 'वाक्य'), files.hi, 'hi').side,
    en: parseSentenceFile(writeText(enCount, 'Sentence'), files.en, 'en').side,
  };
}

/** Monotone links covering hiCount and enCount sentences: each link takes 0–3 from each side. */
const alignmentArbitrary = fc
  .array(
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
      .filter(([hi, en]) => hi + en > 0),
    { maxLength: 30 },
  )
  .map((sizes) => {
    let hiNext = 0;
    let enNext = 0;
    const links = sizes.map(([hiSize, enSize]) => {
      const hi = Array.from({ length: hiSize }, (_, offset) => hiNext + offset);
      const en = Array.from({ length: enSize }, (_, offset) => enNext + offset);
      hiNext += hiSize;
      enNext += enSize;
      return { hi, en };
    });
    return { links, hiCount: hiNext, enCount: enNext };
  });

describe('parseAlignment', () => {
  it('reads links, skips comments and blank lines, and numbers links from 1', () => {
    const { links, problems } = parseAlignment('# hi\ten\n0\t0\n\n1\t1,2\n3,4\t-\n-\t3\n', file);
    expect(problems).toEqual([]);
    expect(links).toEqual([
      { id: '1', hi: [0], en: [0], line: 2 },
      { id: '2', hi: [1], en: [1, 2], line: 4 },
      { id: '3', hi: [3, 4], en: [], line: 5 },
      { id: '4', hi: [], en: [3], line: 6 },
    ]);
  });

  it.each([
    ['one field', '0\t0\n1\n', 2, /malformed link/],
    ['three fields', '0\t0\t0\n', 1, /malformed link/],
    ['a negative number', '-1\t0\n', 1, /malformed link/],
    ['spaces instead of a tab', '0 0\n', 1, /malformed link/],
    ['an empty side', '0\t\n', 1, /malformed link/],
    ['"-" on both sides', '0\t0\n-\t-\n', 2, /"-" on both sides/],
    ['a number used twice in a link', '0,0\t0\n', 1, /Hindi sentence 0 appears twice in this link/],
    ['a number used in two links', '0\t0\n1\t0\n', 2, /English sentence 0 is already in the link on line 1/],
    ['a link going backwards', '0\t0\n2\t1\n1\t2\n', 3, /goes backwards: Hindi sentence 1 comes after sentence 2/],
    ['numbers in a link out of order', '1,0\t0\n', 1, /goes backwards: Hindi sentence 0 comes after sentence 1/],
  ])('reports %s', (_, source, line, message) => {
    const { problems } = parseAlignment(source, file);
    expect(problems).toEqual([{ file, line, message: expect.stringMatching(message) }]);
  });

  it('accepts every monotone alignment that covers both texts, and reads it back', () => {
    fc.assert(
      fc.property(alignmentArbitrary, ({ links, hiCount, enCount }) => {
        const parsed = parseAlignment(writeAlignment(links), file);
        expect(parsed.problems).toEqual([]);
        expect(parsed.links.map(({ hi, en }) => ({ hi, en }))).toEqual(links);
        expect(checkAlignmentCoverage(parsed.links, createSides(hiCount, enCount), files)).toEqual([]);
      }),
    );
  });

  it('reports a swap of two links that both have Hindi sentences as going backwards', () => {
    fc.assert(
      fc.property(
        alignmentArbitrary.filter(({ links }) => links.filter((link) => link.hi.length > 0).length >= 2),
        fc.nat(),
        ({ links }, seed) => {
          const withHi = links.flatMap((link, position) => (link.hi.length > 0 ? [position] : []));
          const pick = seed % (withHi.length - 1);
          const [first = 0, second = 0] = withHi.slice(pick, pick + 2);
          const [earlier, later] = [links[first], links[second]];
          if (!earlier || !later) throw new Error('picked a link that does not exist');
          const swapped = links.with(first, later).with(second, earlier);
          const { problems } = parseAlignment(writeAlignment(swapped), file);
          expect(problems.some((problem) => problem.message.includes('goes backwards'))).toBe(true);
        },
      ),
    );
  });
});

describe('checkAlignmentCoverage', () => {
  it('reports numbers out of range with the file and its sentence count', () => {
    const { links } = parseAlignment('0\t0\n1\t1,2\n', file);
    expect(checkAlignmentCoverage(links, createSides(1, 3), files)).toEqual([
      { file, line: 2, message: 'Hindi sentence 1 is out of range: hi.txt has 1 sentence (0)' },
    ]);
  });

  it('reports a sentence in no link at its own line, quoting its start', () => {
    const { links } = parseAlignment('0\t0\n', file);
    expect(checkAlignmentCoverage(links, createSides(1, 2), files)).toEqual([
      {
        file: files.en,
        line: 2,
        message: 'a sentence without a partner: English sentence 1 "Sentence 1." is in no link of alignment.tsv',
      },
    ]);
  });
});
