import { describe, expect, it } from 'vitest';
import { guessGender } from '@/lib/importer';

describe('guessGender', () => {
  it('guesses the feminine for loanwords ending in -ी or -ई (-y, -ie) and -िंग (-ing)', () => {
    const feminine: Array<[string, string]> = [
      ['बैटरी', 'battery'],
      ['टेक्नोलॉजी', 'technology'],
      ['पॉलिसी', 'policy'],
      ['कंपनी', 'company'],
      ['यूनिवर्सिटी', 'university'],
      ['पार्टी', 'party'],
      ['मूवी', 'movie'],
      ['मीटिंग', 'meeting'],
      ['ब्रीफींग', 'briefing'],
    ];
    for (const [headword, source] of feminine) expect(guessGender(headword, source), headword).toBe('f');
  });

  it('guesses the masculine for the rest', () => {
    const masculine: Array<[string, string]> = [
      ['फोन', 'phone'],
      ['सेक्टर', 'sector'],
      ['डेटा', 'data'],
      ['प्लेटफॉर्म', 'platform'],
      ['मोबाइल', 'mobile'],
      ['स्टेटमेंट', 'statement'],
    ];
    for (const [headword, source] of masculine) expect(guessGender(headword, source), headword).toBe('m');
  });

  it('guesses the masculine for an initialism, whatever its Hindi ending', () => {
    expect(guessGender('टीवी', 'TV')).toBe('m');
    expect(guessGender('आईटी', 'IT')).toBe('m');
    expect(guessGender('पीएचडी', 'PhD')).toBe('f');
  });

  it('reads a decomposed spelling like a composed one', () => {
    expect(guessGender('मीटिंग'.normalize('NFD'), 'meeting')).toBe('f');
  });
});
