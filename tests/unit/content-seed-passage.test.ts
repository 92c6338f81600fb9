import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPassage } from '@/lib/content';
import { SEED_ARTICLE_FILE } from '@/lib/datasets';
import { splitParagraphs } from '@/lib/text';

const root = path.resolve(__dirname, '../..');
const contentDir = path.join(root, 'content');

describe('the seed passage anthropic-safeguards-head-resigns', () => {
  it('gives back every paragraph of the seed article, in order, when its sentences are joined', async () => {
    const passage = await loadPassage('anthropic-safeguards-head-resigns', contentDir);
    if (!passage) throw new Error('the seed passage is missing');
    const joined = passage.hi.paragraphs.map((paragraph) =>
      paragraph.sentences.map((index) => passage.hi.sentences[index]?.text).join(' '),
    );
    expect(joined).toEqual(splitParagraphs(readFileSync(SEED_ARTICLE_FILE, 'utf8')));
  });

  it('marks the English tweet lines of the Hindi text as English', async () => {
    const passage = await loadPassage('anthropic-safeguards-head-resigns', contentDir);
    const english = passage?.hi.sentences.filter((sentence) => sentence.lang === 'en') ?? [];
    expect(english.map((sentence) => sentence.text)).toEqual([
      'Today is my last day at Anthropic.',
      'I resigned.',
      'Here is the letter I shared with my colleagues, explaining my decision. pic.twitter.com/Qe4QyAFmxL — mrinank (@MrinankSharma) February 9, 2026',
      'This is being read as a philosophical farewell.',
      "It's a resignation letter from the head of Anthropic's Safeguards Research Team, and the most important sentence is buried in paragraph three.",
      '“I\'ve repeatedly seen how hard it is to truly let our values govern our actions.',
      'I\'ve… https://t.co/rrU4Ny3i2Y — Aakash Gupta (@aakashgupta) February 10, 2026',
    ]);
    for (const sentence of english) {
      expect(passage?.hi.paragraphs[sentence.paragraph]?.kind).toBe('quote');
    }
  });
});
