import { describe, expect, it } from 'vitest';
import { createSchwaLexicon, romanizeHindi } from '@/lib/text';

const lexicon = createSchwaLexicon([
  ['कमरा', [true, false]],
  ['अरब', [true, false]],
  ['नियमित', [true, false]],
  ['अध्यक्ष', [true, false]],
  ['उलझ', [true, false]],
]);

describe('a schwa lexicon', () => {
  it('says a known word as it is listed', () => {
    expect(romanizeHindi('नियमित', lexicon)).toBe('niyamit');
  });

  it('says an ā-stem with another ending as its listed form', () => {
    expect(romanizeHindi('कमरों', lexicon)).toBe('kamroṁ');
    expect(romanizeHindi('कमरे', lexicon)).toBe('kamre');
  });

  it('says -oṁ on a listed consonant stem with the stem’s vowels', () => {
    expect(romanizeHindi('अरबों', lexicon)).toBe('araboṁ');
  });

  it('says a listed stem before a syllable ending as the stem', () => {
    expect(romanizeHindi('अध्यक्षता', lexicon)).toBe('adhyakṣtā');
    expect(romanizeHindi('उलझता', lexicon)).toBe('ulajhtā');
  });

  it('says a word made of two listed parts as the parts', () => {
    expect(romanizeHindi('कमरानियमित', lexicon)).toBe('kamrāniyamit');
  });

  it('leaves a word it cannot place to the rules', () => {
    expect(romanizeHindi('समझना', lexicon)).toBe(romanizeHindi('समझना'));
    expect(romanizeHindi('अध्यक्षता')).toBe('adhyakṣatā');
  });

  it('ignores a listed word whose vowels do not match its spelling', () => {
    const damaged = createSchwaLexicon([['कमरा', [true, false, true]]]);
    expect(romanizeHindi('कमरों', damaged)).toBe(romanizeHindi('कमरों'));
  });
});
