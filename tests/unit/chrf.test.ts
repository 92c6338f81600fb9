import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chrfCorpus, chrfSentence, type ChrfParams } from '@/lib/chrf';
import { CHRF_CASES_FILE } from '@/lib/datasets';

const caseSchema = z.object({
  group: z.string(),
  hyps: z.array(z.string()).min(1),
  refs: z.array(z.array(z.string())).min(1),
  params: z.object({
    char_order: z.number().int(),
    word_order: z.number().int(),
    beta: z.number(),
    whitespace: z.boolean(),
    eps_smoothing: z.boolean(),
    lowercase: z.boolean(),
  }),
  level: z.enum(['corpus', 'sentence']),
  expected: z.number(),
  tolerance: z.number().positive(),
  sacrebleu_full_precision: z.number(),
});

const cases = z.array(caseSchema).parse(JSON.parse(readFileSync(CHRF_CASES_FILE, 'utf8')));

function toParams({ params }: z.infer<typeof caseSchema>): ChrfParams {
  return {
    charOrder: params.char_order,
    wordOrder: params.word_order,
    beta: params.beta,
    whitespace: params.whitespace,
    epsSmoothing: params.eps_smoothing,
    lowercase: params.lowercase,
  };
}

function scoreCase(testCase: z.infer<typeof caseSchema>): number {
  if (testCase.level === 'corpus') return chrfCorpus(testCase.hyps, testCase.refs, toParams(testCase));
  return chrfSentence(testCase.hyps[0] ?? '', testCase.refs.map((stream) => stream[0] ?? ''), toParams(testCase));
}

describe("sacrebleu's chrF test cases", () => {
  it('are all there', () => {
    expect(cases).toHaveLength(25);
  });

  it.each(cases.map((testCase, index) => [index + 1, testCase.group, JSON.stringify(testCase.hyps).slice(0, 40), testCase] as const))(
    'case %i (%s) %s',
    (_, __, ___, testCase) => {
      const score = scoreCase(testCase);
      expect(Math.abs(score - testCase.expected)).toBeLessThan(testCase.tolerance);
      // Same algorithm, same floating-point operations: the same digits as sacrebleu.
      expect(score).toBeCloseTo(testCase.sacrebleu_full_precision, 10);
    },
  );
});

// Expected figures below come from sacrebleu's CHRF (commit f615c72) run on the same strings.
describe('chrfSentence', () => {
  it('gives 100 for identical strings and 0 for an empty hypothesis', () => {
    expect(chrfSentence('Niemand hat die Absicht.', ['Niemand hat die Absicht.'])).toBe(100);
    expect(chrfSentence('', ['abc'])).toBe(0);
  });

  it('counts a Devanagari combining mark as a character of its own', () => {
    expect(chrfSentence('भारत ने पहला टेस्ट मैच जीत लिया।', ['भारत ने पहला टेस्ट मैच आसानी से जीता।'])).toBeCloseTo(63.1203101138056, 10);
    expect(chrfSentence('किताब', ['कीताब'])).toBeCloseTo(32.666666666666664, 10);
  });

  it('counts an astral character once and drops every whitespace Python splits on', () => {
    expect(chrfSentence('😀a😀', ['😀a'])).toBeCloseTo(87.49999999999999, 10);
    expect(chrfSentence('a\u00a0b\u2003c', ['abc'])).toBe(100);
  });

  it('scores against the best of several references', () => {
    expect(chrfSentence('The dog barked.', ['A cat.', 'The dog barked loudly.'])).toBeCloseTo(62.57253058054789, 10);
  });

  it('lowercases only when asked', () => {
    expect(chrfSentence('THE Cat', ['the cat'])).toBeCloseTo(8.88888888888889, 10);
    expect(chrfSentence('THE Cat', ['the cat'], { lowercase: true })).toBe(100);
  });

  it('adds word n-grams for chrF++', () => {
    expect(chrfSentence('The cat sat on the mat.', ['The cat is sitting on the mat.'], { wordOrder: 2 })).toBeCloseTo(54.2551855194941, 10);
  });

  it('refuses orders that leave nothing to count', () => {
    expect(() => chrfSentence('a', ['a'], { charOrder: 0 })).toThrow(RangeError);
    expect(() => chrfSentence('a', [])).toThrow(RangeError);
  });
});

describe('chrfCorpus', () => {
  const hypotheses = ['The cat sat on the mat.', 'A dog.'];
  const references = ['The cat is sitting on the mat.', 'The dog barked.'];

  it('sums the statistics of all segments, which is not the mean of the sentence scores', () => {
    const corpus = chrfCorpus(hypotheses, [references]);
    expect(corpus).toBeCloseTo(37.86290322043702, 10);
    const mean = (chrfSentence(hypotheses[0] ?? '', [references[0] ?? '']) + chrfSentence(hypotheses[1] ?? '', [references[1] ?? ''])) / 2;
    expect(mean).toBeCloseTo((49.6485170311433 + 13.006381418360535) / 2, 10);
    expect(Math.abs(corpus - mean)).toBeGreaterThan(1);
  });

  it('takes several reference streams and chrF++', () => {
    expect(chrfCorpus(hypotheses, [references, ['The cat sat on a mat.', 'A dog.']])).toBeCloseTo(74.22569126392817, 10);
    expect(chrfCorpus(hypotheses, [references], { wordOrder: 2 })).toBeCloseTo(42.373408819791266, 10);
  });

  it('refuses a reference stream of another length', () => {
    expect(() => chrfCorpus(hypotheses, [['only one']])).toThrow('reference stream 1 has 1 segments, the hypotheses 2');
  });
});
