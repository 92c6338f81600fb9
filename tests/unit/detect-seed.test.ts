import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary, loadPassage } from '@/lib/content';
import { detectLoanwords } from '@/lib/loanwords';
import {
  listGoldLoanwordForms,
  measureDetection,
  pairPassageSentences,
} from '@/lib/evaluation';

const contentDir = path.resolve(__dirname, '../../content');

describe('loanword detection on the seed passage', () => {
  it('finds the reviewed glossary’s English loanwords with precision and recall of at least 0.9', async () => {
    const passage = await loadPassage('anthropic-safeguards-head-resigns', contentDir);
    if (!passage) throw new Error('the seed passage is missing');
    const pairs = pairPassageSentences(passage);
    const gold = listGoldLoanwordForms(pairs, await loadGlossary(contentDir));
    const score = measureDetection(detectLoanwords(pairs), gold);
    expect(gold.size).toBeGreaterThan(50);
    expect(score.precision, `false positives: ${score.falsePositives.join(' ')}`).toBeGreaterThanOrEqual(0.9);
    expect(score.recall, `false negatives: ${score.falseNegatives.join(' ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('counts each word of a multi-word form as gold, and leaves out Perso-Arabic words', async () => {
    const passage = await loadPassage('anthropic-safeguards-head-resigns', contentDir);
    if (!passage) throw new Error('the seed passage is missing');
    const gold = listGoldLoanwordForms(pairPassageSentences(passage), await loadGlossary(contentDir));
    expect(gold.has('सोशल')).toBe(true);
    expect(gold.has('मीडिया')).toBe(true);
    expect(gold.has('एंथ्रोपिक')).toBe(true);
    expect(gold.has('इस्तीफा')).toBe(false);
    expect(gold.has('फैसला')).toBe(false);
  });
});
