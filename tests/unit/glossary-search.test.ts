import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '@/lib/content';
import type { GlossaryEntry } from '@/lib/glossary';
import {
  createGlossarySearch,
  listGlossaryMatches,
  romanizeDevanagari,
  toDevanagariKey,
  toLatinKey,
  toPhoneticKeys,
  toSearchDocuments,
  type GlossarySearch,
  type GlossarySearchDocument,
} from '@/lib/glossary/search';

describe('toLatinKey', () => {
  it.each([
    ['seftee', 'sefṭī'],
    ['sefti', 'sefṭī'],
    ['sefgaard', 'sefgārḍ'],
    ['sefgard', 'sefgārḍ'],
    ['zariya', 'zariyā'],
    ['jariya', 'zariyā'],
    ['kampani', 'kampanī'],
    ['fand', 'faṇḍ'],
    ['startap', 'sṭārṭap'],
    ['pletform', 'pleṭfôrm'],
    ['phand', 'fand'],
    ['wasool', 'vasūl'],
    ['shayad', 'śāyad'],
    ['khilaf', 'ḳhilāf'],
    ['Kampany', 'kampanī'],
  ])('folds %s and %s together', (typed, romanized) => {
    expect(toLatinKey(typed)).toBe(toLatinKey(romanized));
  });

  it('keeps words apart that differ in more than spelling', () => {
    expect(toLatinKey('kam')).not.toBe(toLatinKey('kum'));
    expect(toLatinKey('sefti')).not.toBe(toLatinKey('safti'));
  });

  it('is idempotent, so a key can be keyed again', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aāeiīoōuūkhpsztṭdḍwvyqcgnm'.split('')) }), (word) => {
        const key = toLatinKey(word);
        expect(toLatinKey(key)).toBe(key);
      }),
    );
  });
});

describe('toDevanagariKey', () => {
  it.each([
    ['कम्पनी', 'कंपनी'],
    ['कंपनियाँ', 'कंपनियां'],
    ['प्लेटफार्म', 'प्लेटफॉर्म'],
    ['ज़रिया', 'जरिया'],
    ['फ़ंड', 'फण्ड'],
    ['दुनिया', 'दुनीया'],
    ['सूरत', 'सुरत'],
    ['इन्स्टाग्राम', 'इंस्टाग्राम'],
    ['हिन्दी', 'हिंदी'],
    ['ऑफिस', 'आफिस'],
  ])('folds %s and %s together', (one, other) => {
    expect(toDevanagariKey(one)).toBe(toDevanagariKey(other));
  });

  it('leaves a nasal consonant before a consonant of another place alone', () => {
    expect(toDevanagariKey('जन्म')).toBe('जन्म');
    expect(toDevanagariKey('अन्य')).toBe('अन्य');
  });
});

describe('romanizeDevanagari', () => {
  it.each([
    ['सेफगार्ड', 'sefgārḍ'],
    ['सेफ्टी', 'sefṭī'],
    ['कंपनी', 'kampanī'],
    ['कम्पनी', 'kampanī'],
    ['फंड', 'fanḍ'],
    ['जरिये', 'jariye'],
    ['ज़रिये', 'zariye'],
    ['समझना', 'samajhnā'],
    ['अमर', 'amar'],
    ['न', 'na'],
  ])('says %s as %s', (word, romanized) => {
    expect(romanizeDevanagari(word)).toBe(romanized);
  });

  it('meets the entry romanisations where they spell the sound the same way', () => {
    for (const [word, romanized] of [
      ['स्टार्टअप', 'sṭārṭap'],
      ['प्लेटफॉर्म', 'pleṭfôrm'],
    ] as const) {
      expect(toLatinKey(romanizeDevanagari(word))).toBe(toLatinKey(romanized));
    }
  });
});

describe('toPhoneticKeys', () => {
  it('keys a Devanagari word in its own script and in Latin, a Latin word once', () => {
    expect(toPhoneticKeys('कम्पनी')).toEqual(['कंपनि', 'kampani']);
    expect(toPhoneticKeys('Company')).toEqual(['compani']);
    expect(toPhoneticKeys('—')).toEqual([]);
  });
});

/** Each query and the entry it must find first in the real glossary. */
const FIRST_RESULTS: ReadonlyArray<readonly [query: string, id: string]> = [
  ['seftee', 'safety'],
  ['safti', 'safety'],
  ['sefti', 'safety'],
  ['sefgaard', 'safeguard'],
  ['sefgard', 'safeguard'],
  ['sefgārḍ', 'safeguard'],
  ['zariye', 'zariya'],
  ['zariya', 'zariya'],
  ['jariye', 'zariya'],
  ['kampani', 'company'],
  ['kampni', 'company'],
  ['kampany', 'company'],
  ['startap', 'startup'],
  ['fand', 'fund'],
  ['phand', 'fund'],
  ['pletfarm', 'platform'],
  ['कम्पनी', 'company'],
  ['कंपनी', 'company'],
  ['कंपनियाँ', 'company'],
  ['प्लेटफार्म', 'platform'],
  ['प्लेटफॉर्म', 'platform'],
  ['ज़रिया', 'zariya'],
  ['जरिया', 'zariya'],
  ['ज़रिये', 'zariya'],
  ['के जरिये', 'zariya'],
  ['स्टार्टप', 'startup'],
  ['फण्ड', 'fund'],
  ['company', 'company'],
  ['Company', 'company'],
  ['safeguard', 'safeguard'],
  ['protection', 'security'],
  ['protection against harm', 'safeguard'],
  ['via', 'zariya'],
  ['safety case', 'safety-case'],
];

describe('glossary search on the real glossary', () => {
  let entries: GlossaryEntry[];
  let documents: GlossarySearchDocument[];
  let search: GlossarySearch;
  beforeAll(async () => {
    entries = await loadGlossary('content');
    documents = toSearchDocuments(entries);
    search = createGlossarySearch(documents);
  });

  it.each(FIRST_RESULTS)('%s finds %s first', (query, id) => {
    expect(search.search(query)?.[0]?.id).toBe(id);
  });

  it('ranks exact names before prefixes, prefixes before near misses, names before meanings', () => {
    const kinds = (search.search('sef') ?? []).map((hit) => hit.kind);
    expect(kinds[0]).toBe('exact');
    expect(kinds).toContain('prefix');
    expect(kinds.indexOf('prefix')).toBeGreaterThan(kinds.lastIndexOf('exact'));
    const protection = search.search('protection') ?? [];
    expect(protection.length).toBeGreaterThan(0);
    expect(protection.every((hit) => hit.kind === 'meaning' || hit.kind === 'meaning-prefix')).toBe(true);
    // Both meanings say "protection": security's is the shorter, so it ranks first, safeguard beside it.
    expect(protection.slice(0, 3).map((hit) => hit.id)).toContain('safeguard');
  });

  it('puts the entry that is the word before entries that contain it', () => {
    const ids = (search.search('seftee') ?? []).map((hit) => hit.id);
    expect(ids.indexOf('safety')).toBeLessThan(ids.indexOf('safety-case'));
  });

  it('finds nothing for a word no entry resembles, and treats a query without words as none', () => {
    expect(search.search('xqxqxq')).toEqual([]);
    expect(search.search('  ?! ')).toBeNull();
  });

  it('lists every entry alphabetically without a query, and ranked with one, within the chosen origin', () => {
    const all = listGlossaryMatches(search, documents, '', '');
    expect(all.searched).toBe(false);
    expect(all.ids).toHaveLength(entries.length);
    const headwords = all.ids.map((id) => documents.find((document) => document.id === id)?.headword ?? '');
    expect(headwords).toEqual([...headwords].sort((a, b) => a.localeCompare(b, 'hi')));

    const arabic = listGlossaryMatches(search, documents, '', 'ar');
    expect(arabic.ids.length).toBeGreaterThan(0);
    expect(arabic.ids.every((id) => documents.find((document) => document.id === id)?.origin === 'ar')).toBe(true);

    expect(listGlossaryMatches(search, documents, 'zariye', 'ar').ids[0]).toBe('zariya');
    expect(listGlossaryMatches(search, documents, 'zariye', 'en').ids).not.toContain('zariya');
  });

  it('finds the same in the browser as on the server: the documents survive the trip as JSON', () => {
    const shipped = JSON.parse(JSON.stringify(documents)) as GlossarySearchDocument[];
    const inBrowser = createGlossarySearch(shipped);
    for (const [query] of FIRST_RESULTS) {
      expect(listGlossaryMatches(inBrowser, shipped, query, '')).toEqual(listGlossaryMatches(search, documents, query, ''));
    }
  });

  it('ships the words of the meanings, not their prose', () => {
    const safeguard = documents.find((document) => document.id === 'safeguard');
    expect(safeguard?.words.split(' ')).toContain('protection');
    expect(safeguard?.words).not.toContain(';');
    expect(new Set(safeguard?.words.split(' ')).size).toBe(safeguard?.words.split(' ').length);
  });
});
