import { describe, expect, it } from 'vitest';
import { loadPassage } from '@/lib/content';
import { findSentenceAt } from '@/lib/speech/sentence';
import { speechTextLimit } from '@/lib/speech/speaker';

const seedSlug = 'anthropic-safeguards-head-resigns';

describe('the sentence a reader asks to hear', () => {
  it('is found by its link, side and place, and nothing past them', async () => {
    const passage = await loadPassage(seedSlug);
    if (!passage) throw new Error(`the seed passage ${seedSlug} is missing`);
    const link = passage.links[0];
    expect(link).toBeDefined();
    const hindi = findSentenceAt(passage, { link: link?.id ?? '', side: 'hi', part: 0 });
    expect(hindi?.text).toBe(passage.hi.sentences.find((sentence) => sentence.index === link?.hi[0])?.text);
    expect(findSentenceAt(passage, { link: link?.id ?? '', side: 'en', part: 0 })?.lang).toBe('en');
    expect(findSentenceAt(passage, { link: link?.id ?? '', side: 'hi', part: 50 })).toBeNull();
    expect(findSentenceAt(passage, { link: 'no-such-link', side: 'hi', part: 0 })).toBeNull();
  });

  it('is never longer than the server speaks, in the seed passage', async () => {
    const passage = await loadPassage(seedSlug);
    const lengths = [...(passage?.hi.sentences ?? []), ...(passage?.en.sentences ?? [])].map((sentence) => [...sentence.text].length);
    expect(lengths.length).toBeGreaterThan(100);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(speechTextLimit);
  });
});
