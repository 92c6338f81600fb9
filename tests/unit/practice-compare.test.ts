import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chrfSentence } from '@/lib/chrf';
import { bandOfScore, checkAnswer, compareAnswer, diffAnswer, maxAnswerLength, normalizeForComparison, scoreAnswer } from '@/lib/practice';

describe('checkAnswer', () => {
  it('refuses an answer of nothing but spaces', () => {
    expect(checkAnswer('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkAnswer('  \n\t ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses an answer longer than the limit, counting characters as written', () => {
    expect(checkAnswer('a'.repeat(maxAnswerLength))).toEqual({ ok: true, answer: 'a'.repeat(maxAnswerLength) });
    expect(checkAnswer('a'.repeat(maxAnswerLength + 1))).toEqual({ ok: false, problem: 'tooLong', length: maxAnswerLength + 1 });
    // Devanagari letters and marks are one UTF-16 unit each; an emoji is two, and counts as one.
    expect(checkAnswer('😀'.repeat(maxAnswerLength))).toMatchObject({ ok: true });
  });

  it('trims the answer it accepts', () => {
    expect(checkAnswer('  He resigned. ')).toEqual({ ok: true, answer: 'He resigned.' });
  });
});

describe('normalizeForComparison', () => {
  it('levels quotes, hyphens, spaces and the nukta', () => {
    expect(normalizeForComparison('  “Ship it,”  he said’s\u00a0now ')).toBe('"Ship it," he said\'s now');
    expect(normalizeForComparison('बार\u2011बार')).toBe('बार-बार');
    expect(normalizeForComparison('ज़्यादा')).toBe('ज्यादा');
    // A precomposed nukta letter (U+095B) and a base with a combining nukta give the same.
    expect(normalizeForComparison('\u095b')).toBe(normalizeForComparison('\u091c\u093c'));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (text) => normalizeForComparison(normalizeForComparison(text)) === normalizeForComparison(text)));
  });
});

describe('scoreAnswer', () => {
  const reference = "Anthropic's head of safeguards research, Mrinank Sharma, resigns to study poetry";

  it('gives 100 for the reference itself, whatever its capitals and spacing', () => {
    expect(scoreAnswer(reference, reference)).toBe(100);
    expect(scoreAnswer(reference, `  ${reference.toUpperCase()}  `)).toBe(100);
  });

  it('is the classroom chrF of the two texts, to one decimal', () => {
    const answer = 'Mrinank Sharma, head of safety research at Anthropic, quits to study poems';
    const expected = Math.round(chrfSentence(answer.toLowerCase(), [reference.toLowerCase()]) * 10) / 10;
    expect(scoreAnswer(reference, answer)).toBe(expected);
    expect(expected).toBeGreaterThan(20);
    expect(expected).toBeLessThan(90);
  });

  it('gives 0 for an answer sharing no letters', () => {
    expect(scoreAnswer('abc', 'xyz')).toBe(0);
  });

  it('does not count a missing nukta against a Hindi answer', () => {
    expect(scoreAnswer('ज़्यादा लोग', 'ज्यादा लोग')).toBe(100);
  });
});

describe('bandOfScore', () => {
  it('names three bands', () => {
    expect([0, 34.9, 35, 59.9, 60, 100].map(bandOfScore)).toEqual(['far', 'far', 'partial', 'partial', 'close', 'close']);
  });
});

describe('diffAnswer', () => {
  const joined = (segments: ReturnType<typeof diffAnswer>, keep: 'reference' | 'answer') =>
    segments
      .filter((segment) => segment.kind === 'same' || segment.kind === (keep === 'reference' ? 'missing' : 'extra'))
      .map((segment) => segment.text)
      .join('')
      // diff gives the space between a kept and a changed word to one side or both.
      .replace(/\s+/gu, ' ')
      .trim();

  it('marks English words missing from the answer and words only in it', () => {
    const segments = diffAnswer('He has resigned from the company.', 'He resigned from the firm.', 'en');
    expect(segments.filter((segment) => segment.kind === 'missing').map((segment) => segment.text.trim())).toEqual(['has', 'company']);
    expect(segments.filter((segment) => segment.kind === 'extra').map((segment) => segment.text.trim())).toEqual(['firm']);
  });

  it('keeps Devanagari words whole', () => {
    const segments = diffAnswer('एंथ्रोपिक के प्रमुख का इस्तीफा', 'एंथ्रोपिक के प्रमुख ने इस्तीफा दिया', 'hi');
    expect(segments.filter((segment) => segment.kind !== 'same').map((segment) => [segment.kind, segment.text.trim()])).toEqual([
      ['missing', 'का'],
      ['extra', 'ने'],
      ['extra', 'दिया'],
    ]);
  });

  it('ignores capitals in the words it matches', () => {
    expect(diffAnswer('The head resigns', 'the head resigns', 'en').map((segment) => segment.kind)).toEqual(['same']);
  });

  it('rebuilds both texts, word for word, from its segments', () => {
    const words = fc.array(fc.constantFrom('the', 'head', 'of', 'research', 'resigns', 'के', 'प्रमुख', 'इस्तीफा', ','), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(words, words, (reference, answer) => {
        const referenceText = reference.join(' ');
        const answerText = answer.join(' ');
        const segments = diffAnswer(referenceText, answerText, 'hi');
        expect(joined(segments, 'reference')).toBe(normalizeForComparison(referenceText));
        expect(joined(segments, 'answer')).toBe(normalizeForComparison(answerText));
      }),
    );
  });
});

describe('compareAnswer', () => {
  it('diffs in the language the learner writes', () => {
    const comparison = compareAnswer('एंथ्रोपिक के प्रमुख', 'एंथ्रोपिक प्रमुख', 'en-hi');
    expect(comparison.segments.filter((segment) => segment.kind === 'missing').map((segment) => segment.text.trim())).toEqual(['के']);
    expect(comparison.score).toBe(scoreAnswer('एंथ्रोपिक के प्रमुख', 'एंथ्रोपिक प्रमुख'));
    expect(comparison.band).toBe(bandOfScore(comparison.score));
  });
});
