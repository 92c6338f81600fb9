import { describe, expect, it } from 'vitest';
import { buildFeatures, collectEvidence, extractNumbers } from '@/lib/align/features';
import { GALE_CHURCH_VARIANCE, measureLengthCost } from '@/lib/align/length-model';
import { createPunctuationMismatch } from '@/lib/align/punctuation';
import {
  listSkeletonKeys,
  readDevanagariAcronym,
  toDevanagariSkeleton,
  toEnglishSkeleton,
} from '@/lib/align/skeleton';
import { toMatchKey } from '@/lib/text';

function readSkeleton(devanagari: string): string {
  return toDevanagariSkeleton(toMatchKey(devanagari));
}

function listSharedNames(hi: string, en: string): string[] {
  const features = buildFeatures(collectEvidence([hi], [en]));
  const english = new Set(features.en[0]);
  return Array.from(features.hi[0] ?? [])
    .filter((id) => english.has(id))
    .map((id) => features.names[id] as string)
    .sort();
}

describe('consonant skeletons', () => {
  it.each([
    ['सेफगार्ड', 'safeguard', 'sfgrd'],
    ['ओलंपिक', 'olympic', 'lmpk'],
    ['कंपनी', 'company', 'kmpn'],
    ['स्टेशन', 'station', 'stsn'],
    ['फ़ोन', 'phone', 'fn'],
    ['चर्च', 'church', 'crc'],
    ['थॉमस', 'thomas', 'tms'],
    ['लंदन', 'london', 'lndn'],
    ['क्वालिटी', 'quality', 'kvlt'],
    ['व्हाइट', 'white', 'vt'],
  ])('reads %s and "%s" as the same skeleton', (hindi, english, skeleton) => {
    expect(readSkeleton(hindi)).toBe(skeleton);
    expect(toEnglishSkeleton(english)).toBe(skeleton);
  });

  it('indexes long skeletons so that one edit still matches, short ones only exactly', () => {
    expect(listSkeletonKeys('st')).toEqual([]);
    expect(listSkeletonKeys('krt')).toEqual(['krt']);
    const desert = new Set(listSkeletonKeys(toEnglishSkeleton('desert')));
    expect(listSkeletonKeys(readSkeleton('डेजर्ट')).some((key) => desert.has(key))).toBe(true);
    const court = new Set(listSkeletonKeys('krt'));
    expect(listSkeletonKeys('krnt').some((key) => court.has(key))).toBe(false);
  });

  it('reads acronyms spelled with Hindi letter names', () => {
    expect(readDevanagariAcronym('एआई')).toBe('ai');
    expect(readDevanagariAcronym('बीबीसी')).toBe('bbc');
    expect(readDevanagariAcronym(toMatchKey('एफ़बीआई'))).toBe('fbi');
    expect(readDevanagariAcronym('के')).toBeUndefined();
    expect(readDevanagariAcronym('एक')).toBeUndefined();
  });
});

describe('sentence features', () => {
  it('reads Devanagari digits and drops digit grouping', () => {
    expect(extractNumbers('२०१९ में 1,00,000 लोग, 2.50 और 07')).toEqual(['2019', '100000', '2.5', '7']);
  });

  it('shares numbers, Latin words, acronyms, loanwords and names across the two sides', () => {
    expect(
      listSharedNames(
        'यू.एस. में एआई पर OpenAI और एंथ्रोपिक के सेफगार्ड प्रमुख ने २०२४ में इस्तीफ़ा दिया।',
        'The head of safeguards at Anthropic resigned in 2024, as OpenAI and U.S. AI policy shift.',
      ),
    ).toEqual(['#2024', '^ai', '^us', 'anthropic', 'openai', 'safeguards']);
  });

  it('matches number words on either side with digits', () => {
    expect(listSharedNames('तीन लोग घायल हुए।', 'Three people were hurt.')).toEqual(['#3']);
    expect(listSharedNames('3 लोग घायल हुए।', 'Three people were hurt.')).toEqual(['#3']);
  });

  it('makes English words of one skeleton one feature, as one Hindi word matches them all', () => {
    const features = buildFeatures(
      collectEvidence(
        ['जर्मन नौसेना का नया युद्धपोत।', 'जर्मनी के युद्धपोतों में देरी।'],
        ["Germany's new warship.", 'German warships are late.'],
      ),
    );
    // German and Germany are one feature; युद्धपोत is Hindi's own word for warship, not a loanword.
    expect(features.en[0]).toHaveLength(1);
    for (const ids of [features.en[1], features.hi[0], features.hi[1]]) expect(ids).toEqual(features.en[0]);
  });

  it('ignores English function words that look like Hindi words', () => {
    expect(listSharedNames('उन्होंने कहा कि वह जाएगा।', 'He said that he would go there.')).toEqual([]);
  });
});

describe('the Gale–Church length model', () => {
  const model = { ratio: 1, variance: GALE_CHURCH_VARIANCE };

  it('costs nothing for lengths in the expected ratio and more as they drift apart', () => {
    expect(measureLengthCost(100, 100, model)).toBeCloseTo(0, 5);
    expect(measureLengthCost(0, 0, model)).toBe(0);
    const costs = [110, 130, 160, 200].map((english) => measureLengthCost(100, english, model));
    expect(costs).toEqual([...costs].sort((left, right) => left - right));
    expect(costs[0]).toBeGreaterThan(0);
  });

  it('matches the normal tail, and stays finite far out in it', () => {
    // P(|δ| ≥ 1.96) = 0.05 for a standard normal; δ = d / √(s²·(100 + d/2)) for 100 and 100 + d.
    const k = 1.96 ** 2 * GALE_CHURCH_VARIANCE;
    const difference = (k / 2 + Math.sqrt(k ** 2 / 4 + 400 * k)) / 2;
    const cost = measureLengthCost(100, 100 + difference, model);
    expect(Math.exp(-cost)).toBeCloseTo(0.05, 2);
    expect(Number.isFinite(measureLengthCost(1000, 0, model))).toBe(true);
  });
});

describe('punctuation mismatch', () => {
  it('reads joined sentences as a heading only if the last one is, as a merged title loses its mark', () => {
    const hi = ['कैसे व्यापार युद्ध बीजिंग के लिए अच्छा हो सकता है व्यापार युद्ध जारी है।'];
    const en = ['How the trade war may be good for Beijing', 'The trade war goes on.'];
    const mismatch = createPunctuationMismatch(hi, en);
    expect(mismatch(0, 1, 0, 2)).toBe(0);
    expect(mismatch(0, 1, 1, 2)).toBe(0);
    expect(mismatch(0, 1, 0, 1)).toBeGreaterThan(0);
  });

  it('counts each sentence end, so a merge of two lines differs from one line', () => {
    const mismatch = createPunctuationMismatch(['पहला वाक्य। दूसरा वाक्य।'], ['First one.', 'Second one.']);
    expect(mismatch(0, 1, 0, 2)).toBe(0);
    expect(mismatch(0, 1, 0, 1)).toBeGreaterThan(0);
  });
});
