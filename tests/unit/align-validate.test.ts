import { describe, expect, it } from 'vitest';
import {
  createRandom,
  decodeUtf8,
  DEFAULT_PERTURB_OPTIONS,
  hasDevanagari,
  perturbDocument,
  validateTexts,
} from '@/lib/align';
import { describeLinks, readNtrexDocuments } from './align-fixture';

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFहिंदी text');
    expect(decodeUtf8(bytes)).toEqual({ ok: true, text: 'हिंदी text' });
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', () => {
    expect(decodeUtf8(Uint8Array.from([0x68, 0xff, 0xfe, 0x69]))).toEqual({ ok: false, message: 'not valid UTF-8' });
    expect(decodeUtf8(Uint8Array.from([0xe0, 0xa4]))).toEqual({ ok: false, message: 'not valid UTF-8' });
  });
});

describe('validateTexts', () => {
  it('accepts a Hindi and an English text', () => {
    expect(validateTexts({ hi: 'यह हिंदी है।', en: 'This is English.' })).toEqual([]);
    expect(hasDevanagari('OpenAI का मॉडल')).toBe(true);
  });

  it('names the side and the code of each problem, both sides at once', () => {
    expect(validateTexts({ hi: ' \n ', en: '' })).toEqual([
      { side: 'hi', code: 'empty', message: 'is empty' },
      { side: 'en', code: 'empty', message: 'is empty' },
    ]);
    expect(validateTexts({ hi: 'Only English 123 ।', en: 'हिंदी' })).toEqual([
      { side: 'hi', code: 'not-devanagari', message: 'has no Devanagari text' },
      { side: 'en', code: 'not-latin', message: 'has no Latin-script text' },
    ]);
    expect(hasDevanagari('१२३ ।')).toBe(false);
  });

  it('refuses an English text with one Hindi word as the Hindi text, and the other way round', () => {
    const english = 'The minister said the नीति would be announced next week, after the budget.';
    const hindi = 'मंत्री ने कहा कि नई policy अगले हफ़्ते बजट के बाद घोषित की जाएगी।';
    expect(validateTexts({ hi: english, en: hindi })).toEqual([
      { side: 'hi', code: 'not-devanagari', message: 'is mostly not Devanagari (7 % of its letters are)' },
      { side: 'en', code: 'not-latin', message: 'is mostly not in Latin script (12 % of its letters are)' },
    ]);
  });

  it('accepts a Hindi text that quotes English, as long as most of its letters are Devanagari', () => {
    const hindi = 'उन्होंने X पर लिखा, "The world is in peril." और फिर इस्तीफ़ा दे दिया, जिसकी चर्चा पूरे उद्योग में हुई।';
    expect(validateTexts({ hi: hindi, en: 'He wrote on X, "The world is in peril."' })).toEqual([]);
  });

  it('refuses a text over the limit before looking at its letters', () => {
    expect(validateTexts({ hi: 'क'.repeat(11), en: 'x'.repeat(10) }, { maxLength: 10 })).toEqual([
      { side: 'hi', code: 'too-long', message: 'is longer than 10 characters' },
    ]);
    expect(validateTexts({ hi: 'a'.repeat(11), en: '' }, { maxLength: 10 })).toEqual([
      { side: 'hi', code: 'too-long', message: 'is longer than 10 characters' },
      { side: 'en', code: 'empty', message: 'is empty' },
    ]);
  });
});

describe('seeded perturbation', () => {
  it('draws the same numbers in [0, 1) from the same seed', () => {
    const first = createRandom(42);
    const second = createRandom(42);
    const draws = Array.from({ length: 1000 }, () => first());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => second()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(createRandom(43)()).not.toBe(createRandom(42)());
  });

  it('merges and deletes lines at about the requested rates, with a gold alignment that undoes it', () => {
    const documents = readNtrexDocuments();
    const hi = documents.flatMap((document) => document.hi);
    const en = documents.flatMap((document) => document.en);
    const perturbed = perturbDocument(hi, en, createRandom(1), DEFAULT_PERTURB_OPTIONS);
    const shapes = perturbed.gold.map((link) => `${link.hi.length}-${link.en.length}`);
    expect(new Set(shapes)).toEqual(new Set(['1-1', '2-1', '1-2', '1-0', '0-1']));
    const merges = shapes.filter((shape) => shape === '2-1' || shape === '1-2').length;
    const deletions = shapes.filter((shape) => shape === '1-0' || shape === '0-1').length;
    expect(merges / (hi.length - 1)).toBeGreaterThan(0.12);
    expect(merges / (hi.length - 1)).toBeLessThan(0.18);
    expect(deletions / hi.length).toBeGreaterThan(0.03);
    expect(deletions / hi.length).toBeLessThan(0.07);
    expect(perturbed.gold.flatMap((link) => link.hi)).toEqual(perturbed.hi.map((_, index) => index));
    expect(perturbed.gold.flatMap((link) => link.en)).toEqual(perturbed.en.map((_, index) => index));
    // Each gold link holds consecutive original lines: merged ones joined, deleted ones on one side.
    let line = 0;
    for (const link of perturbed.gold) {
      const originals = Math.max(link.hi.length, link.en.length);
      const hiText = link.hi.map((index) => perturbed.hi[index]).join(' ');
      const enText = link.en.map((index) => perturbed.en[index]).join(' ');
      if (link.hi.length > 0) expect(hiText).toBe(hi.slice(line, line + originals).join(' '));
      if (link.en.length > 0) expect(enText).toBe(en.slice(line, line + originals).join(' '));
      line += originals;
    }
    expect(line).toBe(hi.length);
    expect(describeLinks(perturbDocument(hi, en, createRandom(1)).gold)).toEqual(describeLinks(perturbed.gold));
  });

  it('refuses sides of different lengths', () => {
    expect(() => perturbDocument(['क'], [], createRandom(1))).toThrow('Sides differ');
  });
});
