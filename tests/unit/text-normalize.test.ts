import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, toMatchKey } from '@/lib/text';

/** Characters normalisation treats specially, mixed with Devanagari and Latin letters. */
const trickyChar = fc.constantFrom(
  'क', 'ज', 'फ', 'ड', 'न', 'र', 'ष', 'ा', 'ि', 'ू', 'ं', 'ँ', '्', '\u093C', '\u0958', '\u095B',
  '\u095C', '\u095E', '\u0929', 'A', 'b', 'É', 'e\u0301', '-', '\u2010', '\u2011', '\u2012',
  '\uFE63', '\uFF0D', '–', '—', '\u00AD', '\u200C', '\u200D', '\u00A0', '\u2009', '\u3000', ' ',
  '\n',
);
const trickyText = fc.array(trickyChar, { maxLength: 30 }).map((chars) => chars.join(''));
const anyText = fc.oneof(trickyText, fc.string({ unit: 'binary', maxLength: 40 }));

describe('normalizeText', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });

  it('gives both nukta encodings of ज़, फ़ and ड़ one form', () => {
    for (const [precomposed, decomposed] of [
      ['\u095B', 'ज\u093C'],
      ['\u095E', 'फ\u093C'],
      ['\u095C', 'ड\u093C'],
    ] as const) {
      expect(normalizeText(`${precomposed}ूम`)).toBe(normalizeText(`${decomposed}ूम`));
      expect(normalizeText(precomposed)).toBe(decomposed);
    }
  });

  it('maps hyphen variants to "-" but keeps en and em dashes', () => {
    expect(normalizeText('AI\u2011असिस्टेड')).toBe('AI-असिस्टेड');
    expect(normalizeText('a\u2010b\u2012c\uFE63d\uFF0De')).toBe('a-b-c-d-e');
    expect(normalizeText('2020–2026 — अंत')).toBe('2020–2026 — अंत');
  });

  it('removes ZWJ, ZWNJ and soft hyphens', () => {
    expect(normalizeText('क्\u200Dष')).toBe('क्ष');
    expect(normalizeText('क्\u200Cष')).toBe('क्ष');
    expect(normalizeText('सॉफ्ट\u00ADवेयर')).toBe('सॉफ्टवेयर');
  });

  it('turns NBSP and other Unicode spaces into plain spaces, keeping line breaks', () => {
    expect(normalizeText('सोशल\u00A0मीडिया')).toBe('सोशल मीडिया');
    expect(normalizeText('a\u2009b\u202Fc\u3000d')).toBe('a b c d');
    expect(normalizeText('a\n\tb')).toBe('a\n\tb');
  });

  it('composes to NFC', () => {
    expect(normalizeText('e\u0301')).toBe('\u00E9');
    expect(normalizeText('e\u200D\u0301')).toBe('\u00E9');
  });
});

describe('toMatchKey', () => {
  it('is idempotent and absorbs normalizeText', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = toMatchKey(text);
        expect(toMatchKey(key)).toBe(key);
        expect(toMatchKey(normalizeText(text))).toBe(key);
        expect(key).not.toMatch(/[\u093C\u0929\u0931\u0934\u0958-\u095F]/u);
      }),
    );
  });

  it('gives the same key for any Devanagari text as the full normalisation does', () => {
    const devanagari = fc
      .array(fc.integer({ min: 0x0900, max: 0x097f }), { maxLength: 12 })
      .map((codes) => String.fromCodePoint(...codes));
    fc.assert(
      fc.property(devanagari, (text) => {
        const full = normalizeText(text).normalize('NFD').replace(/\u093C/g, '').normalize('NFC');
        expect(toMatchKey(text)).toBe(full);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores nukta in every encoding', () => {
    expect(toMatchKey('\u095Eोन')).toBe(toMatchKey('फोन'));
    expect(toMatchKey('फ\u093Cोन')).toBe(toMatchKey('फोन'));
    expect(toMatchKey('\u095Bूम')).toBe(toMatchKey('जूम'));
    expect(toMatchKey('प\u095Dा')).toBe(toMatchKey('पढा'));
    expect(toMatchKey('प\u095C')).toBe(toMatchKey('पड'));
    expect(toMatchKey('\u0929')).toBe('न');
  });

  it('lower-cases Latin and leaves Devanagari alone', () => {
    expect(toMatchKey('AI सेफ्टी')).toBe('ai सेफ्टी');
    expect(toMatchKey('Émile')).toBe('émile');
  });

  it('still tells different words apart', () => {
    expect(toMatchKey('केस')).not.toBe(toMatchKey('केसों'));
    expect(toMatchKey('AI-असिस्टेड')).not.toBe(toMatchKey('AI असिस्टेड'));
  });
});
