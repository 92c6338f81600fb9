import { describe, expect, it } from 'vitest';
import {
  checkDictionaryTemplate,
  countStatuses,
  dictionaryUrl,
  parseDictionaryTemplates,
  parseStatusRecord,
  statusChangesSchema,
  statusOf,
  totalStatuses,
  withStatus,
  wordFamily,
  defaultDictionaryTemplates,
  maxFamiliesPerRequest,
} from '@/lib/words';

describe('wordFamily', () => {
  const families: [string, string[]][] = [
    ['लड़का', ['लड़के', 'लड़कों', 'लड़की', 'लड़कियाँ', 'लड़कियों', 'लडका']],
    ['करना', ['करने', 'करता', 'करते', 'करती', 'करेगा', 'करेंगे']],
    ['जाना', ['जाता', 'जाते', 'जाती', 'जाने']],
    ['किताब', ['किताबें', 'किताबों']],
    ['कमरा', ['कमरे', 'कमरों']],
    ['ज़्यादा', ['ज्यादा']],
    ['माँ', ['मां']],
  ];
  for (const [word, relatives] of families) {
    for (const relative of relatives) {
      it(`${relative} shares the family of ${word}`, () => {
        expect(wordFamily(relative)).toBe(wordFamily(word));
      });
    }
  }

  const unrelated: [string, string][] = [
    ['लड़का', 'लड़ाई'],
    ['किताब', 'कितना'],
    ['कमरा', 'कमल'],
    ['पिता', 'पानी'],
    ['का', 'की'],
    ['घर', 'घड़ी'],
  ];
  for (const [a, b] of unrelated) {
    it(`${a} and ${b} are different families`, () => {
      expect(wordFamily(a)).not.toBe(wordFamily(b));
    });
  }

  it('keeps a stem of at least two letters, or a long-vowel verb root', () => {
    expect(wordFamily('के')).toBe('के');
    expect(wordFamily('पिता')).toBe('पित');
    expect(wordFamily('जाना')).toBe('जा');
    expect(wordFamily('कुत्ता')).toBe('कुत्त');
  });

  it('gives a number no family and lower-cases Latin words', () => {
    expect(wordFamily('2026')).toBe('');
    expect(wordFamily('AI')).toBe('ai');
    expect(wordFamily('कम से कम')).toBe(`${wordFamily('कम')} ${wordFamily('से')} ${wordFamily('कम')}`);
  });
});

describe('status logic', () => {
  it('is new without a record, and new drops the record', () => {
    const learning = withStatus(new Map(), 'लडक', 'learning');
    expect(statusOf(learning, 'लडक')).toBe('learning');
    expect(statusOf(learning, 'कर')).toBe('new');
    const forgotten = withStatus(learning, 'लडक', 'new');
    expect(forgotten.size).toBe(0);
    expect(learning.size).toBe(1);
  });

  it('counts the distinct families of a passage, not its words', () => {
    const statuses = new Map([
      ['लडक', 'learning' as const],
      ['कर', 'known' as const],
    ]);
    expect(countStatuses(['लडक', 'लडक', 'कर', 'घर', '', 'घर', 'पान'], statuses)).toEqual({ new: 2, learning: 1, known: 1 });
    expect(totalStatuses(statuses)).toEqual({ known: 1, learning: 1 });
  });

  it('reads stored statuses and drops anything else', () => {
    const parsed = parseStatusRecord({ लडक: 'known', कर: 'new', घर: 3, पान: 'learning' });
    expect([...parsed]).toEqual([
      ['लडक', 'known'],
      ['पान', 'learning'],
    ]);
    expect(parseStatusRecord(['known']).size).toBe(0);
  });

  it('accepts one change or a batch of at most 200', () => {
    expect(statusChangesSchema.parse({ family: 'लडक', status: 'known' })).toEqual([{ family: 'लडक', status: 'known' }]);
    const batch = Array.from({ length: maxFamiliesPerRequest }, (_, index) => ({ family: `w${index}`, status: 'learning' }));
    expect(statusChangesSchema.parse({ changes: batch })).toHaveLength(maxFamiliesPerRequest);
    expect(statusChangesSchema.safeParse({ changes: [...batch, { family: 'x', status: 'known' }] }).success).toBe(false);
    expect(statusChangesSchema.safeParse({ family: 'लडक', status: 'forgotten' }).success).toBe(false);
    expect(statusChangesSchema.safeParse({ family: '<b>', status: 'known' }).success).toBe(false);
  });
});

describe('dictionary templates', () => {
  it('accepts the defaults and puts the word in percent-encoded', () => {
    for (const template of Object.values(defaultDictionaryTemplates)) expect(checkDictionaryTemplate(template)).toBeNull();
    expect(dictionaryUrl('https://en.wiktionary.org/wiki/{word}', 'लड़का')).toBe(`https://en.wiktionary.org/wiki/${encodeURIComponent('लड़का')}`);
    expect(dictionaryUrl('https://example.org/?q={word}', 'a&b=c')).toBe('https://example.org/?q=a%26b%3Dc');
  });

  it('says what is wrong with a template', () => {
    expect(checkDictionaryTemplate('  ')).toBe('empty');
    expect(checkDictionaryTemplate('https://example.org/search')).toBe('no-placeholder');
    expect(checkDictionaryTemplate('javascript:alert({word})')).toBe('not-web');
    expect(checkDictionaryTemplate('ftp://example.org/{word}')).toBe('not-web');
    expect(checkDictionaryTemplate('example.org/{word}')).toBe('not-address');
    expect(checkDictionaryTemplate(`https://example.org/${'a'.repeat(600)}{word}`)).toBe('too-long');
  });

  it('falls back to the default for a stored template that is missing or broken', () => {
    const parsed = parseDictionaryTemplates({ shabdkosh: 'https://example.org/{word}', wiktionary: 'javascript:{word}' });
    expect(parsed.shabdkosh).toBe('https://example.org/{word}');
    expect(parsed.wiktionary).toBe(defaultDictionaryTemplates.wiktionary);
    expect(parsed.translate).toBe(defaultDictionaryTemplates.translate);
  });
});
