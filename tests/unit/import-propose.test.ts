import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/glossary';
import type { LoanwordCandidate } from '@/lib/loanwords';
import { isPlaceholderMeaning, maxTextLength, proposeEntries, proposeImport, splitIntoSentences, toEntryId } from '@/lib/importer';

describe('splitIntoSentences', () => {
  it('numbers sentences by paragraph, a blank line ending a paragraph', () => {
    const text = 'पहला वाक्य है। दूसरा वाक्य है।\n\n\nतीसरा वाक्य है।\n  \nचौथा?';
    expect(splitIntoSentences(text, 'hi')).toEqual({
      sentences: [
        { text: 'पहला वाक्य है।', paragraph: 0 },
        { text: 'दूसरा वाक्य है।', paragraph: 0 },
        { text: 'तीसरा वाक्य है।', paragraph: 1 },
        { text: 'चौथा?', paragraph: 2 },
      ],
      kinds: {},
    });
  });

  it('makes each bulleted line a list item of its own, and the text after them a new paragraph', () => {
    const text = 'Before the list.\n- First item.\n• Second item. Still the second.\n* Third\nAfter the list.';
    expect(splitIntoSentences(text, 'en')).toEqual({
      sentences: [
        { text: 'Before the list.', paragraph: 0 },
        { text: 'First item.', paragraph: 1 },
        { text: 'Second item. Still the second.', paragraph: 2 },
        { text: 'Third', paragraph: 3 },
        { text: 'After the list.', paragraph: 4 },
      ],
      kinds: { 1: 'item', 2: 'item', 3: 'item' },
    });
  });

  it('keeps each line as one sentence when the text is presplit', () => {
    const text = '  One line. With two sentences.  \nAnother line\n\n- An item. Two.\nAfter';
    expect(splitIntoSentences(text, 'en', true)).toEqual({
      sentences: [
        { text: 'One line. With two sentences.', paragraph: 0 },
        { text: 'Another line', paragraph: 0 },
        { text: 'An item. Two.', paragraph: 1 },
        { text: 'After', paragraph: 2 },
      ],
      kinds: { 1: 'item' },
    });
  });

  it('splits a line into sentences when the text is not presplit', () => {
    const { sentences } = splitIntoSentences('One line. With two sentences.\nAnother line', 'en');
    expect(sentences.map((sentence) => sentence.text)).toEqual(['One line.', 'With two sentences.', 'Another line']);
  });
});

describe('toEntryId', () => {
  it('makes a lower-case ASCII id of words joined by hyphens', () => {
    expect(toEntryId('Safeguards')).toBe('safeguards');
    expect(toEntryId('Head of Safeguards')).toBe('head-of-safeguards');
    expect(toEntryId('U.S.')).toBe('u-s');
    expect(toEntryId('Café Société')).toBe('cafe-societe');
    expect(toEntryId("Sainsbury's")).toBe('sainsbury-s');
    expect(toEntryId('—')).toBe('');
  });
});

function createCandidate(headword: string, source: string, forms: string[] = [headword]): LoanwordCandidate {
  return {
    headword,
    forms,
    source,
    romanization: headword,
    example: { hi: `${headword} वाला वाक्य`, en: `A sentence with ${source}` },
    score: 0.9,
  };
}

function createExisting(id: string, forms: string[]): GlossaryEntry {
  const [headword = ''] = forms;
  return {
    id,
    headword,
    forms,
    romanization: id,
    origin: 'en',
    source: id,
    english: [id],
    pos: 'noun',
    gender: 'm',
    meaning: id,
    related: [],
    reviewed: true,
  };
}

describe('proposeEntries', () => {
  it('proposes an unreviewed English-origin entry with the example it was seen in, its meaning a placeholder', () => {
    const [entry] = proposeEntries([createCandidate('स्टोर', 'store', ['स्टोर', 'स्टोरों'])], []);
    expect(entry).toEqual({
      id: 'store',
      headword: 'स्टोर',
      forms: ['स्टोर', 'स्टोरों'],
      romanization: 'स्टोर',
      origin: 'en',
      source: 'store',
      english: ['store'],
      pos: 'noun',
      gender: 'm',
      meaning: 'English “store”, as in: A sentence with store',
      usage: 'Seen in: स्टोर वाला वाक्य',
      related: [],
      reviewed: false,
    });
    expect(isPlaceholderMeaning(entry?.meaning ?? '')).toBe(true);
  });

  it('guesses the gender from the Hindi spelling', () => {
    const proposals = proposeEntries([createCandidate('बैटरी', 'battery'), createCandidate('फोन', 'phone')], []);
    expect(proposals.map(({ headword, gender }) => ({ headword, gender }))).toEqual([
      { headword: 'बैटरी', gender: 'f' },
      { headword: 'फोन', gender: 'm' },
    ]);
  });

  it('skips a headword the glossary has, and forms it has, ignoring nukta', () => {
    const existing = [createExisting('phone', ['फ़ोन']), createExisting('stores', ['स्टोरों'])];
    const proposals = proposeEntries(
      [createCandidate('फोन', 'phone', ['फोन', 'फोनों']), createCandidate('स्टोर', 'store', ['स्टोर', 'स्टोरों'])],
      existing,
    );
    expect(proposals.map(({ id, forms }) => ({ id, forms }))).toEqual([{ id: 'store', forms: ['स्टोर'] }]);
  });

  it('gives an id the glossary has a number, and never proposes one id twice', () => {
    const existing = [createExisting('stamp', ['स्टाम्प']), createExisting('stamp-2', ['स्टांप'])];
    const proposals = proposeEntries(
      [createCandidate('स्टैम्पिंग', 'stamp'), createCandidate('डैश', '—'), createCandidate('डॉट', '·')],
      existing,
    );
    expect(proposals.map((entry) => entry.id)).toEqual(['stamp-3', 'entry', 'entry-2']);
  });

  it('makes two spellings of one English word in one text one entry', () => {
    const proposals = proposeEntries(
      [
        createCandidate('अकादमिक', 'academic'),
        createCandidate('डेटा', 'data'),
        createCandidate('अकेडमिक', 'Academic', ['अकेडमिक', 'अकेडमिकों']),
      ],
      [],
    );
    expect(proposals.map(({ id, headword, forms }) => ({ id, headword, forms }))).toEqual([
      { id: 'academic', headword: 'अकादमिक', forms: ['अकादमिक', 'अकेडमिक', 'अकेडमिकों'] },
      { id: 'data', headword: 'डेटा', forms: ['डेटा'] },
    ]);
  });

  it('keeps one spelling of forms that differ only by nukta', () => {
    const proposals = proposeEntries([createCandidate('ट्रेजरी', 'Treasury', ['ट्रेजरी', 'ट्रेज़री', 'ट्रेजरियों'])], []);
    expect(proposals.map((entry) => entry.forms)).toEqual([['ट्रेजरी', 'ट्रेजरियों']]);
  });

  it('does not propose a form twice when two candidates share it', () => {
    const proposals = proposeEntries(
      [createCandidate('टीम', 'team', ['टीम', 'टीमों']), createCandidate('टीमों', 'teams', ['टीमों'])],
      [],
    );
    expect(proposals.map(({ id, forms }) => ({ id, forms }))).toEqual([{ id: 'team', forms: ['टीम', 'टीमों'] }]);
  });
});

describe('proposeImport', () => {
  const hi = 'कंपनी ने नया प्लेटफॉर्म लॉन्च किया.\nयह प्लेटफॉर्म मुफ्त है.';
  const en = 'The company launched a new platform.\nThis platform is free.';

  it('proposes sentences, links covering each sentence once, and unreviewed entries', () => {
    const result = proposeImport({ hi, en, presplit: true }, []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { proposal } = result;
    expect(proposal.hi.map((sentence) => sentence.text)).toEqual(hi.split('\n'));
    expect(proposal.en.map((sentence) => sentence.text)).toEqual(en.split('\n'));
    expect(proposal.links.flatMap((link) => link.hi)).toEqual([0, 1]);
    expect(proposal.links.flatMap((link) => link.en)).toEqual([0, 1]);
    for (const link of proposal.links) expect(link.score).toBeGreaterThanOrEqual(0);
    expect(proposal.candidates.map((entry) => entry.source)).toContain('platform');
    expect(proposal.candidates.every((entry) => entry.reviewed === false && entry.origin === 'en')).toBe(true);
  });

  it('proposes no entry for a word the glossary already has', () => {
    const result = proposeImport({ hi, en, presplit: true }, [createExisting('platform', ['प्लेटफॉर्म'])]);
    expect(result.ok && result.proposal.candidates.map((entry) => entry.source)).not.toContain('platform');
  });

  it('refuses empty texts, a Hindi text without Devanagari and texts that are too long', () => {
    expect(proposeImport({ hi: ' \n ', en: '' }, [])).toEqual({
      ok: false,
      problems: [
        { side: 'hi', code: 'empty', message: 'is empty' },
        { side: 'en', code: 'empty', message: 'is empty' },
      ],
    });
    expect(proposeImport({ hi: 'Only English here.', en }, [])).toEqual({
      ok: false,
      problems: [{ side: 'hi', code: 'not-devanagari', message: 'has no Devanagari text' }],
    });
    const long = 'क'.repeat(maxTextLength + 1);
    expect(proposeImport({ hi: long, en: 'a'.repeat(maxTextLength + 1) }, [])).toEqual({
      ok: false,
      problems: [
        { side: 'hi', code: 'too-long', message: 'is longer than 100,000 characters' },
        { side: 'en', code: 'too-long', message: 'is longer than 100,000 characters' },
      ],
    });
    const atLimit = hi.padEnd(maxTextLength, ' ');
    expect(proposeImport({ hi: atLimit, en }, []).ok).toBe(true);
  });
});
