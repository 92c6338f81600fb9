import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertArpabet,
  listEnglishPronunciations,
  listLemmas,
  lookUpDictionary,
  readSpelling,
} from '@/lib/loanwords/english-sounds';
import { listHindiSounds } from '@/lib/loanwords/hindi-sounds';
import { compareSounds, toSkeleton } from '@/lib/loanwords/skeleton';

function skeletonOfHindi(word: string): string {
  return toSkeleton(listHindiSounds(word));
}

function skeletonOfDictionary(word: string): string {
  const [transcription] = lookUpDictionary(word);
  if (transcription === undefined) throw new Error(`"${word}" is not in the dictionary`);
  return toSkeleton(convertArpabet(transcription));
}

/** The best similarity of a Hindi word to any pronunciation of an English word. */
function compareWords(hindi: string, english: string): number {
  const sounds = listHindiSounds(hindi);
  return Math.max(
    ...listEnglishPronunciations(english).map((pronunciation) =>
      compareSounds(sounds, pronunciation.sounds),
    ),
  );
}

describe('Hindi consonant skeletons', () => {
  it.each([
    ['सेफगार्ड', 'sfgrD'],
    ['प्लेटफॉर्म', 'plTfrm'],
    ['बजट', 'bjT'],
    ['कंपनी', 'kNpn'],
    ['शेयर', 'Syr'],
    ['टेंशन', 'TNSn'],
    ['मृणांक', 'mrnNk'],
  ])('%s → %s', (word, skeleton) => {
    expect(skeletonOfHindi(word)).toBe(skeleton);
  });

  it('reads ड़ and फ़ with their nukta, and फ as f without it', () => {
    expect(skeletonOfHindi('पड़ोस')).toBe('prs');
    expect(skeletonOfHindi('फ़ोन')).toBe(skeletonOfHindi('फोन'));
    expect(skeletonOfHindi('फोन')).toBe('fn');
  });
});

describe('English consonant skeletons', () => {
  it('come from the pronouncing dictionary', () => {
    expect(skeletonOfDictionary('safeguard')).toBe('sfgrD');
    expect(skeletonOfDictionary('budget')).toBe('bjT');
    expect(skeletonOfDictionary('tension')).toBe('TnSn');
  });

  it('come from the spelling, digraphs included, for words the dictionary lacks', () => {
    expect(toSkeleton(readSpelling('phone'))).toBe('fn');
    expect(toSkeleton(readSpelling('shop'))).toBe('Sp');
    expect(toSkeleton(readSpelling('chart'))).toBe('crT');
    expect(toSkeleton(readSpelling('queen'))).toBe('kvn');
    expect(toSkeleton(readSpelling('cell'))).toBe('sl');
    expect(toSkeleton(readSpelling('cowork'))).toBe('kvrk');
    expect(toSkeleton(readSpelling('letter'))).toBe('lTr');
  });

  it('read an acronym by its letter names', () => {
    const [letters] = listEnglishPronunciations('IT');
    expect(letters?.source).toBe('letters');
    expect(toSkeleton(letters?.sounds ?? [])).toBe('T');
  });

  it('read a compound the dictionary lacks as its two parts', () => {
    const compound = listEnglishPronunciations('cowork').find((item) => item.source === 'compound');
    expect(compound).toBeDefined();
  });

  it('find lemmas the dictionary knows', () => {
    expect(listLemmas('shares')).toContain('share');
    expect(listLemmas('companies')).toContain('company');
    expect(listLemmas('resignation')).toContain('resign');
    expect(listLemmas('shipped')).toContain('ship');
    expect(listLemmas('press')).toEqual([]);
  });

  it('never take an inherited property of the dictionary for a word', () => {
    expect(lookUpDictionary('constructor')).not.toContain(Object.prototype.constructor);
    expect(lookUpDictionary('__proto__')).toEqual([]);
  });
});

describe('sound comparison', () => {
  it.each([
    ['फोन', 'phone'],
    ['रिजाइन', 'resign'],
    ['वेबसाइट', 'website'],
    ['शेयर', 'share'],
    ['रिसर्च', 'research'],
    ['कैपिटल', 'capital'],
    ['क्वीन', 'queen'],
    ['वैल्यूएशन', 'valuation'],
    ['टेंशन', 'tension'],
  ])('finds %s close to %s', (hindi, english) => {
    expect(compareWords(hindi, english)).toBeGreaterThan(0.8);
  });

  it.each([
    ['किताब', 'book'],
    ['पानी', 'water'],
    ['सरकार', 'government'],
  ])('finds %s far from %s', (hindi, english) => {
    expect(compareWords(hindi, english)).toBeLessThan(0.5);
  });

  it('hears बजट in the dictionary budget better than in its spelling', () => {
    const sounds = listHindiSounds('बजट');
    const [transcription] = lookUpDictionary('budget');
    const heard = compareSounds(sounds, convertArpabet(transcription ?? ''));
    expect(heard).toBeGreaterThan(0.95);
    expect(compareSounds(sounds, readSpelling('budget'))).toBeLessThan(heard);
  });

  it('scores in [0, 1], and a word against itself as 1', () => {
    const letters = 'कखगचजटडतदनपफबमयरलवशसह'.split('');
    const signs = ['', 'ा', 'ि', 'ी', 'ु', 'े', 'ो', 'ॉ', '्'];
    const syllable = fc
      .tuple(fc.constantFrom(...letters), fc.constantFrom(...signs))
      .map(([letter, sign]) => letter + sign);
    const word = fc.array(syllable, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(word, fc.stringMatching(/^[a-z]{1,12}$/), (hindi, english) => {
        const sounds = listHindiSounds(hindi);
        const score = compareSounds(sounds, readSpelling(english));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(compareSounds(sounds, sounds)).toBe(1);
      }),
    );
  });
});
