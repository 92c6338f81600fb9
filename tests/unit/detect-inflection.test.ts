import { describe, expect, it } from 'vitest';
import { detectLoanwords } from '@/lib/loanwords';
import { listHindiStems } from '@/lib/loanwords/inflection';

describe('listHindiStems', () => {
  it.each([
    ['शेयरों', 'शेयर'],
    ['केसों', 'केस'],
    ['सेफगार्ड्स', 'सेफगार्ड'],
    ['कंपनियों', 'कंपनी'],
    ['कंपनियाँ', 'कंपनी'],
    ['पॉलिसियां', 'पॉलिसी'],
    ['टीमें', 'टीम'],
    ['कविताओं', 'कविता'],
    ['कविताएं', 'कविता'],
    ['कैमरे', 'कैमरा'],
    ['केसेज', 'केस'],
  ])('%s has the base form %s', (word, stem) => {
    expect(listHindiStems(word)).toContain(stem);
  });

  it('leaves words without an ending, and words too short to have one, alone', () => {
    expect(listHindiStems('सिस्टम')).toEqual([]);
    expect(listHindiStems('में')).toEqual([]);
    expect(listHindiStems('को')).toEqual([]);
  });
});

describe('detected headwords', () => {
  it('are base forms, with the inflected forms kept as written', () => {
    const [share] = detectLoanwords([{ hi: 'आईटी शेयरों की लंका', en: 'hammering IT shares' }]).filter(
      (candidate) => candidate.source === 'share',
    );
    expect(share).toMatchObject({ headword: 'शेयर', forms: ['शेयरों'], source: 'share' });
  });

  it('merge a word’s forms across sentences under one headword', () => {
    const candidates = detectLoanwords([
      { hi: 'अपने सेफगार्ड हेड के इस्तीफे की वजह से', en: 'for the resignation of its safeguards head' },
      { hi: 'हेड ऑफ सेफगार्ड्स रिसर्च', en: 'head of safeguards research' },
    ]);
    const safeguard = candidates.find((candidate) => candidate.headword === 'सेफगार्ड');
    expect(safeguard?.forms).toEqual(['सेफगार्ड', 'सेफगार्ड्स']);
    expect(safeguard?.example.en).toBe('for the resignation of its safeguards head');
  });
});
