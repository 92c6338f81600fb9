import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/glossary';
import { createGlossarySearch, spokenNames, toSearchDocuments } from '@/lib/glossary/search';

function entry(id: string, headword: string, forms: string[], romanization: string): GlossaryEntry {
  return {
    id,
    headword,
    forms: [headword, ...forms],
    romanization,
    origin: 'en',
    source: id,
    english: [id],
    pos: 'noun',
    gender: 'm',
    meaning: 'A word.',
    related: [],
    reviewed: true,
  };
}

// Written romanisations here are deliberately unlike what is typed: the module's must find them.
const entries = [
  entry('room', 'कमरा', ['कमरे', 'कमरों'], 'kəmrɑː'),
  entry('budget', 'बजट', ['बजटों'], 'budget'),
  entry('safety', 'सेफ्टी', [], 'safety'),
  entry('agency', 'एजेंसी', ['एजेंसियाँ'], 'agency'),
];
const search = createGlossarySearch(toSearchDocuments(entries));

describe('the glossary search by the romanisation module', () => {
  it('names each entry by its headword and forms as the module says them, nasals as n', () => {
    expect(spokenNames({ headword: 'कमरा', forms: ['कमरा', 'कमरे'] })).toBe('kamrā kamre');
    expect(spokenNames({ headword: 'एजेंसी', forms: ['एजेंसियाँ'] })).toBe('ejensī ejensiyān');
  });

  it.each([
    ['kamra', 'room'],
    ['kamre', 'room'],
    ['KAMRĀ', 'room'],
    ['bajaton', 'budget'],
    ['ejensiyan', 'agency'],
  ])('finds "%s" exactly, diacritics and case aside', (query, id) => {
    expect(search.search(query)?.[0]).toMatchObject({ id, kind: 'exact' });
  });

  it('finds "seph" by the beginning of सेफ्टी sephṭī', () => {
    expect(search.search('seph')?.[0]).toMatchObject({ id: 'safety', kind: 'prefix' });
  });
});
