import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { romanizeHindi } from '@/lib/loanwords';

describe('romanizeHindi', () => {
  it.each([
    ['कमल', 'kamal'],
    ['सेफगार्ड', 'sefgārḍ'],
    ['प्लेटफॉर्म', 'pleṭfôrm'],
    ['वायरल', 'vāyral'],
    ['डेवलप', 'ḍevlap'],
    ['समझना', 'samajhnā'],
    ['स्टार्टअप', 'sṭārṭap'],
    ['मित्र', 'mitra'],
    ['न', 'na'],
    ['कई', 'kaī'],
    ['नए', 'nae'],
  ])('deletes the schwas Hindi does not pronounce: %s → %s', (word, roman) => {
    expect(romanizeHindi(word)).toBe(roman);
  });

  it('writes an anusvara before a consonant as that consonant’s nasal, elsewhere as ṃ', () => {
    expect(romanizeHindi('कंपनी')).toBe('kampanī');
    expect(romanizeHindi('इंजन')).toBe('iñjan');
    expect(romanizeHindi('मृणांक')).toBe('mr̥ṇāṅk');
    expect(romanizeHindi('टेंशन')).toBe('ṭenśan');
    expect(romanizeHindi('हैं')).toBe('haiṃ');
  });

  it('writes a candrabindu as a tilde on its vowel', () => {
    expect(romanizeHindi('कंपनियाँ')).toBe('kampaniyā̃');
  });

  it('reads the nukta letters, in either encoding', () => {
    expect(romanizeHindi('ज़्यादा')).toBe('zyādā');
    expect(romanizeHindi('\u095Bरा')).toBe('zarā');
    expect(romanizeHindi('पड़ोस')).toBe('paṛos');
    expect(romanizeHindi('क़दम')).toBe('qadam');
  });

  it('writes ॉ as ô and ै as ai', () => {
    expect(romanizeHindi('डॉलर')).toBe('ḍôlar');
    expect(romanizeHindi('लैब')).toBe('laib');
  });

  it('leaves no Devanagari letter behind', () => {
    const letters = 'अआइईउऊएऐओऔऑकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह'.split('');
    const signs = ['', 'ा', 'ि', 'ी', 'ु', 'ू', 'ृ', 'े', 'ै', 'ो', 'ौ', 'ॉ', '्', 'ं', 'ँ', '़'];
    const word = fc
      .array(fc.tuple(fc.constantFrom(...letters), fc.constantFrom(...signs)), {
        minLength: 1,
        maxLength: 8,
      })
      .map((parts) => parts.map(([letter, sign]) => letter + sign).join(''));
    fc.assert(
      fc.property(word, (hindi) => {
        expect(romanizeHindi(hindi)).not.toMatch(/[\u0900-\u097F]/u);
      }),
    );
  });
});
