import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, type AlignMethod } from '@/lib/align';
import { bestShapes, expectValidAlignment, galeChurchShapes, readNtrexDocuments } from './align-fixture';

const ntrex = readNtrexDocuments();
const ntrexHindi = ntrex.flatMap((document) => document.hi);
const ntrexEnglish = ntrex.flatMap((document) => document.en);

/** Devanagari and Latin pieces, digits, punctuation and spaces, so features and lengths vary. */
const shortText = fc
  .array(
    fc.constantFrom(
      'क', 'स', 'ट', 'र', 'ज', 'फ', 'ड', 'अ', 'ए', '्', 'ा', 'ि', 'ी', 'े', 'ो', 'ं', '४', '२',
      '।', '?', '"', ':', ' ', ' ', 'a', 'T', 'o', 'm', '7', '.', 'AI', 'BBC', ',', '-',
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(''));
const hindiSentence = fc.oneof(shortText, fc.constantFrom(...ntrexHindi));
const englishSentence = fc.oneof(shortText, fc.constantFrom(...ntrexEnglish), fc.string({ maxLength: 30 }));

const methods: Array<[AlignMethod, readonly string[]]> = [
  ['best', bestShapes],
  ['gale-church', galeChurchShapes],
];

describe.each(methods)('alignSentences with method %s', (method, shapes) => {
  it('puts every sentence in exactly one link, in order, with allowed shapes and scores in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(hindiSentence, { maxLength: 25 }),
        fc.array(englishSentence, { maxLength: 25 }),
        (hi, en) => {
          expectValidAlignment(alignSentences(hi, en, { method }), hi.length, en.length, shapes);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps the invariants on long documents, where the band matters', () => {
    fc.assert(
      fc.property(
        fc.array(hindiSentence, { minLength: 150, maxLength: 400 }),
        fc.array(englishSentence, { minLength: 100, maxLength: 400 }),
        (hi, en) => {
          expectValidAlignment(alignSentences(hi, en, { method }), hi.length, en.length, shapes);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('aligns empty lists with nothing, and the other side alone', () => {
    expect(alignSentences([], [], { method })).toEqual([]);
    const onlyHindi = alignSentences(['एक।', 'दो।'], [], { method });
    expect(onlyHindi.map(({ hi, en }) => ({ hi, en }))).toEqual([
      { hi: [0], en: [] },
      { hi: [1], en: [] },
    ]);
    const onlyEnglish = alignSentences([], ['One.'], { method });
    expect(onlyEnglish.map(({ hi, en }) => ({ hi, en }))).toEqual([{ hi: [], en: [0] }]);
  });

  it('gives the same answer for the same input', () => {
    const document = ntrex[0];
    if (document === undefined) throw new Error('no NTREX document');
    expect(alignSentences(document.hi, document.en, { method })).toEqual(
      alignSentences(document.hi, document.en, { method }),
    );
  });
});

it("uses 'best' when no method is given", () => {
  const document = ntrex[1];
  if (document === undefined) throw new Error('no NTREX document');
  expect(alignSentences(document.hi, document.en)).toEqual(
    alignSentences(document.hi, document.en, { method: 'best' }),
  );
});
