import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  segmentWords,
  splitParagraphs,
  splitSentences,
  type WordToken,
} from '@/lib/text';
import { SEED_ARTICLE_FILE } from '@/lib/datasets';

const seedArticle = readFileSync(SEED_ARTICLE_FILE, 'utf8');

const COMBINING_OR_JOINER = /^[\p{M}\u200C\u200D]/u;

/** Random Devanagari built from the pieces that make conjuncts hard, with some separators. */
const devanagariText = fc
  .array(
    fc.constantFrom(
      'क', 'ष', 'स', 'ट', 'र', 'ज', 'फ', 'ड', 'अ', 'ए', '्', '्', '\u093C', 'ा', 'ि', 'ी', 'ु',
      'े', 'ो', 'ॉ', 'ं', 'ँ', 'ः', '\u200D', '\u200C', '\u095B', ' ', '\u00A0', '\n', '-',
      '\u2011', '।', 'A', 'I', '4', '.',
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));
const anyText = fc.oneof(devanagariText, fc.string({ unit: 'binary', maxLength: 40 }));

function tokenTexts(tokens: readonly WordToken[]): string[] {
  return tokens.map((token) => token.text);
}

describe('segmentWords', () => {
  it('covers the text exactly once, in order, with offsets into the original', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = segmentWords(text, 'hi');
        expect(tokens.map((token) => token.text).join('')).toBe(text);
        let position = 0;
        for (const token of tokens) {
          expect(token.start).toBe(position);
          expect(token.end).toBeGreaterThan(token.start);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          position = token.end;
        }
        expect(position).toBe(text.length);
      }),
    );
  });

  it('never starts a token at a combining mark or joiner', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('hi' as const, 'en' as const), (text, lang) => {
        for (const token of segmentWords(text, lang).slice(1)) {
          expect(token.text).not.toMatch(COMBINING_OR_JOINER);
        }
      }),
    );
  });

  it('segments long texts exactly as one ICU pass would, and in linear time', () => {
    const long = Array.from({ length: 2 }, () => seedArticle).join('\n\n').replace(/\n+/gu, ' ');
    const icu = [...new Intl.Segmenter('hi', { granularity: 'word' }).segment(long)].map(
      (segment) => [segment.segment, segment.index, segment.isWordLike === true],
    );
    const tokens = segmentWords(long, 'hi').map((token) => [token.text, token.start, token.isWord]);
    expect(tokens).toEqual(icu);
    const veryLong = 'सेफ्टी टीम के हेड. '.repeat(8000);
    const started = performance.now();
    expect(countWords(veryLong, 'hi')).toBe(32000);
    expect(performance.now() - started).toBeLessThan(8000);
  });

  it('keeps conjuncts, nukta and matras inside their word', () => {
    const words = ['स्टीम', 'मृणांक', 'क्‍ष', 'क्‌ष', 'सेफ़्टी', 'ज़ूम', 'फ़िलॉसॉफ़िकल', 'चौंकाने', 'हँसी'];
    const tokens = segmentWords(words.join(' '), 'hi');
    expect(tokenTexts(tokens.filter((token) => token.isWord))).toEqual(words);
    expect(tokenTexts(segmentWords('अंततः वे', 'hi'))).toEqual(['अंततः', ' ', 'वे']);
  });

  it('separates words at hyphens of any kind', () => {
    expect(tokenTexts(segmentWords('AI‑असिस्टेड', 'hi'))).toEqual(['AI', '‑', 'असिस्टेड']);
    expect(segmentWords('AI‑असिस्टेड', 'hi').map((token) => token.isWord)).toEqual([
      true,
      false,
      true,
    ]);
    expect(tokenTexts(segmentWords('अलग-अलग', 'hi'))).toEqual(['अलग', '-', 'अलग']);
    expect(tokenTexts(segmentWords('state‐of‐the‐art', 'en'))).toEqual([
      'state', '‐', 'of', '‐', 'the', '‐', 'art',
    ]);
  });

  it('makes every dash character a non-word token of its own', () => {
    const dashes = Array.from({ length: 0x110000 }, (_, code) => code)
      .filter((code) => code < 0xd800 || code > 0xdfff)
      .map((code) => String.fromCodePoint(code))
      .filter((char) => /\p{Pd}/u.test(char));
    expect(dashes).toContain('\u2011');
    for (const dash of dashes) {
      for (const [left, right] of [['क', 'ख'], ['AI', 'असिस्टेड'], ['4', '5']] as const) {
        const tokens = segmentWords(`${left}${dash}${right}`, 'hi');
        expect(tokens.map((token) => [token.text, token.isWord])).toEqual([
          [left, true],
          [dash, false],
          [right, true],
        ]);
      }
    }
  });

  it('marks punctuation and spaces as non-words', () => {
    const tokens = segmentWords('सेफ्टी, टीम। (Anthropic)', 'hi');
    expect(tokenTexts(tokens.filter((token) => token.isWord))).toEqual([
      'सेफ्टी',
      'टीम',
      'Anthropic',
    ]);
  });
});

describe('countWords', () => {
  it('counts words and numbers, with hyphenated parts apart', () => {
    expect(countWords('AI‑असिस्टेड बायोटेररिज्म के खिलाफ डिफेंस डेवलप किए,', 'hi')).toBe(8);
    expect(countWords('Opus 4.6 नाम का नया मॉडल', 'hi')).toBe(6);
    expect(countWords("It's a resignation letter.", 'en')).toBe(4);
    expect(countWords('  ', 'en')).toBe(0);
  });
});

describe('splitParagraphs', () => {
  it('splits at one or more blank lines, trims and drops empty paragraphs', () => {
    expect(splitParagraphs('\n a\nb \n\n \t\n\nc\r\n\r\nd\n')).toEqual(['a\nb', 'c', 'd']);
    expect(splitParagraphs(' \n\n ')).toEqual([]);
  });

  it('finds the seed article\'s 30 paragraphs', () => {
    expect(splitParagraphs(seedArticle)).toHaveLength(30);
  });
});

describe('splitSentences', () => {
  it('splits at "।" and "॥" and keeps verse numbers with their verse', () => {
    expect(splitSentences('वह आया। फिर गया॥ १ ॥ क्या वह लौटेगा? हाँ!', 'hi')).toEqual([
      'वह आया।',
      'फिर गया॥ १ ॥',
      'क्या वह लौटेगा?',
      'हाँ!',
    ]);
  });

  it('keeps decimals and versions whole', () => {
    expect(
      splitSentences('पिछले हफ्ते ही उसने Opus 4.6 नाम का नया मॉडल लॉन्च किया है. यानी वो कंपनी', 'hi'),
    ).toEqual(['पिछले हफ्ते ही उसने Opus 4.6 नाम का नया मॉडल लॉन्च किया है.', 'यानी वो कंपनी']);
    expect(splitSentences('Version 2.0.1 shipped. It cost 3.5 dollars.', 'en')).toHaveLength(2);
  });

  it('does not split inside URLs and domains', () => {
    const tweet =
      'Here is the letter I shared with my colleagues, explaining my decision. pic.twitter.com/Qe4QyAFmxL — mrinank (@MrinankSharma) February 9, 2026';
    expect(splitSentences(tweet, 'en')).toEqual([tweet]);
    expect(splitSentences(tweet, 'hi')).toEqual([tweet]);
    expect(
      splitSentences('See https://example.com/find?q=AI.Safety now. Visit Example.Com. Done.', 'en'),
    ).toEqual(['See https://example.com/find?q=AI.Safety now.', 'Visit Example.Com.', 'Done.']);
    expect(splitSentences("I've… https://t.co/rrU4Ny3i2Y — Aakash Gupta", 'en')).toHaveLength(1);
  });

  it('keeps English abbreviations and initials inside the sentence', () => {
    expect(
      splitSentences('Dr. Smith moved to the U.S. Army base. J. Doe met Mr. Roe on Feb. 9. No. 5 won.', 'en'),
    ).toEqual([
      'Dr. Smith moved to the U.S. Army base.',
      'J. Doe met Mr. Roe on Feb. 9.',
      'No. 5 won.',
    ]);
  });

  it('keeps Hindi abbreviations and initials inside the sentence', () => {
    expect(splitSentences('डॉ. ए.के. शर्मा ने कहा. एन.डी.टी.वी. ने बताया.', 'hi')).toEqual([
      'डॉ. ए.के. शर्मा ने कहा.',
      'एन.डी.टी.वी. ने बताया.',
    ]);
    expect(splitSentences('इसकी कीमत रु. 500 है. सं. 4 देखें.', 'hi')).toEqual([
      'इसकी कीमत रु. 500 है.',
      'सं. 4 देखें.',
    ]);
    expect(splitSentences('वह चर्चा में है.वह गया.Anthropic के अंदर', 'hi')).toEqual([
      'वह चर्चा में है.',
      'वह गया.',
      'Anthropic के अंदर',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('He said “Yes.” Then he left. “Stop. ” She ran.', 'en')).toEqual([
      'He said “Yes.”',
      'Then he left.',
      '“Stop. ”',
      'She ran.',
    ]);
    expect(
      splitSentences("कुछ समय के लिए 'खुद को अदृश्य' रहने देंगे.' इस रिजाइन को देखा जा रहा है.", 'hi'),
    ).toEqual(["कुछ समय के लिए 'खुद को अदृश्य' रहने देंगे.'", 'इस रिजाइन को देखा जा रहा है.']);
  });

  it('makes every bullet line one sentence and every line of a list its own', () => {
    const list = [
      'मृणांक ने Anthropic में रहते हुए',
      '- AI सेफ्टी की कई कोर इनिशिएटिव्स तैयार किए. और भी.',
      '• Constitutional Classifiers सिस्टम तैयार किया,',
      '* AI‑असिस्टेड बायोटेररिज्म के खिलाफ डिफेंस डेवलप किए,',
    ];
    expect(splitSentences(list.join('\n'), 'hi')).toEqual(list);
  });

  it('joins the wrapped lines of an ordinary paragraph', () => {
    expect(splitSentences('This sentence is\nwrapped. The next\n  one too.', 'en')).toEqual([
      'This sentence is wrapped.',
      'The next one too.',
    ]);
  });

  it('splits the seed article into its 60 sentences', () => {
    for (const lang of ['hi', 'en'] as const) {
      const sentences = splitSentences(seedArticle, lang);
      expect(sentences).toHaveLength(60);
      expect(sentences).toContain(
        'रिपोर्ट्स के मुताबिक Anthropic इसी वैल्यूएशन पर फंड जुटाने की बातचीत में है और पिछले हफ्ते ही उसने Opus 4.6 नाम का नया मॉडल लॉन्च किया है.',
      );
      expect(sentences).toContain(
        "I've… https://t.co/rrU4Ny3i2Y — Aakash Gupta (@aakashgupta) February 10, 2026",
      );
      expect(sentences).toContain(
        "मृणांक लिखते हैं कि उन्होंने नौकरी छोड़ दी है, यूके (ब्रिटेन) लौट रहे हैं और कुछ समय के लिए 'खुद को अदृश्य' रहने देंगे.'",
      );
    }
  });

  it('returns trimmed, non-empty sentences that lose nothing but whitespace', () => {
    const text = fc.oneof(
      devanagariText,
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc
        .array(fc.constantFrom('वह आया', 'Dr', 'U.S', '4.6', '।', '.', '? ', '! ', ' ', '\n', '\n\n', '- ', '”', "'", 'pic.twitter.com/x'), { maxLength: 20 })
        .map((pieces) => pieces.join('')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('hi' as const, 'en' as const), (input, lang) => {
        const sentences = splitSentences(input, lang);
        for (const sentence of sentences) {
          expect(sentence.length).toBeGreaterThan(0);
          expect(sentence).toBe(sentence.trim());
        }
        expect(sentences.join('').replace(/\s/gu, '')).toBe(input.replace(/\s/gu, ''));
      }),
    );
  });
});
