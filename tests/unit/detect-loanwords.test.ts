import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLoanwords, romanizeHindi, type SentencePair } from '@/lib/loanwords';
import { stopWords } from '@/lib/loanwords/stop-words';

function findSources(pairs: SentencePair[]): Record<string, string> {
  return Object.fromEntries(
    detectLoanwords(pairs).map((candidate) => [candidate.headword, candidate.source]),
  );
}

describe('detectLoanwords', () => {
  it.each([
    ['अपने AI प्लेटफॉर्म के जरिये', 'whose AI platform has', 'प्लेटफॉर्म', 'platform'],
    ['अपने सेफगार्ड हेड के इस्तीफे की वजह से', 'for the resignation of its safeguard head', 'सेफगार्ड', 'safeguard'],
    ['सरकार ने नया बजट पेश किया', 'The government presented a new budget', 'बजट', 'budget'],
    ['आईटी शेयरों की लंका लगाने', 'hammering IT shares', 'शेयर', 'share'],
    ['दूसरी कंपनियों में भी यही स्थिति', 'The same picture at other companies', 'कंपनी', 'company'],
    ['कंपनी की वैल्यूएशन बढ़ी', "The company's valuation rose", 'वैल्यूएशन', 'valuation'],
    ['इस रिजाइन को एक नैरेटिव के तौर पर देखा जा रहा है', 'The resignation is being read as a narrative', 'रिजाइन', 'resign'],
    ['हर बड़ी कंपनी की कोर टेंशन यही है', 'this is the core tension at every big company', 'टेंशन', 'tension'],
    ['यूके लौट रहे हैं', 'is moving back to the UK', 'यूके', 'UK'],
    ['वैल्यूएशन 350 बिलियन डॉलर के पार', 'The valuation has crossed $350 billion', 'डॉलर', 'dollar'],
  ])('finds the loanword in %s', (hi, en, headword, source) => {
    expect(findSources([{ hi, en }])[headword]).toBe(source);
  });

  it('keeps the case of proper nouns and acronyms in the source', () => {
    const sources = findSources([
      { hi: 'अमेरिकी AI स्टार्टअप एंथ्रोपिक फिर से चर्चा में है', en: 'Anthropic, the American AI startup, is back' },
    ]);
    expect(sources).toMatchObject({ एंथ्रोपिक: 'Anthropic', अमेरिकी: 'American', स्टार्टअप: 'startup' });
  });

  it('gives a romanisation, the first example and a score in [0, 1]', () => {
    const pair = { hi: 'टॉप सेफ्टी रिसर्चर के इस्तीफे के बाद', en: 'After the resignation of a top safety researcher' };
    const candidates = detectLoanwords([pair, { hi: 'सेफ्टी', en: 'safety' }]);
    expect(candidates.map((candidate) => candidate.headword)).toEqual(['टॉप', 'सेफ्टी', 'रिसर्चर']);
    for (const candidate of candidates) {
      expect(candidate.romanization).toBe(romanizeHindi(candidate.headword));
      expect(candidate.example).toEqual(pair);
      expect(candidate.score).toBeGreaterThan(0);
      expect(candidate.score).toBeLessThanOrEqual(1);
    }
  });

  it('does not propose a known form, nor a word of a multi-word form where the form stands', () => {
    const pair = { hi: 'जो सोशल मीडिया पर वायरल हो रहा है', en: 'that is going viral on social media' };
    const headwords = (knownForms: string[]) =>
      detectLoanwords([pair], { knownForms }).map((candidate) => candidate.headword);
    expect(headwords([])).toEqual(['सोशल', 'मीडिया', 'वायरल']);
    expect(headwords(['सोशल मीडिया'])).toEqual(['वायरल']);
    expect(headwords(['वायरल'])).toEqual(['सोशल', 'मीडिया']);
  });

  it('proposes nothing for a native sentence beside an unrelated English one', () => {
    const pairs = [
      {
        hi: 'आज सुबह से बारिश हो रही है और बच्चे घर में खेल रहे हैं.',
        en: 'The committee approved the new highway budget yesterday.',
      },
      { hi: 'किसान ने खेत में गेहूं बोया और शाम को घर लौट आया.', en: 'Market shares of technology companies fell sharply.' },
    ];
    expect(detectLoanwords(pairs)).toEqual([]);
  });

  it('does not take an Indian name for a loan from its romanisation in the English', () => {
    const pairs = [{ hi: 'मृणांक शर्मा और आकाश गुप्ता ने लिखा', en: 'Mrinank Sharma and Aakash Gupta wrote' }];
    expect(detectLoanwords(pairs)).toEqual([]);
  });

  it('does not match native words to English function words', () => {
    const pairs = [{ hi: 'भाई ने किताब दे दी', en: 'the book was given to me by my brother; they know' }];
    expect(detectLoanwords(pairs)).toEqual([]);
  });

  it('never proposes a stop-listed native word, even beside its own romanisation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...stopWords), (word) => {
        const collision = romanizeHindi(word).normalize('NFD').replace(/\p{M}/gu, '');
        expect(detectLoanwords([{ hi: word, en: `${collision} ${collision}s` }])).toEqual([]);
      }),
      { numRuns: stopWords.length },
    );
  });

  it('needs a full vowel in a short word: कम is not come, जब is not job', () => {
    const pairs = [
      { hi: 'तब', en: 'tub' },
      { hi: 'गन', en: 'gun' },
    ];
    expect(detectLoanwords(pairs)).toEqual([]);
    expect(findSources([{ hi: 'टॉप', en: 'top' }])).toEqual({ टॉप: 'top' });
  });
});
