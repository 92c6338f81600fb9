import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImportTexts, isPlaceholderMeaning, splitIntoSentences, writePlaceholderMeaning } from '@/lib/importer';

const textsOf = (text: string, lang: 'hi' | 'en', presplit = false) =>
  splitIntoSentences(text, lang, presplit).sentences.map((sentence) => sentence.text);

describe('splitIntoSentences with markup in the text', () => {
  it('keeps a script element and an image tag as literal text, not split at their punctuation', () => {
    const text = 'First <script>alert("a. B")</script> sentence. Second <img src=x onerror="alert(1)?"> one.';
    expect(textsOf(text, 'en')).toEqual([
      'First <script>alert("a. B")</script> sentence.',
      'Second <img src=x onerror="alert(1)?"> one.',
    ]);
    const hindi = 'पहला <script>alert("क। ख")</script> वाक्य। दूसरा <img src=x onerror="alert(1)?"> वाक्य।';
    expect(textsOf(hindi, 'hi')).toEqual([
      'पहला <script>alert("क। ख")</script> वाक्य।',
      'दूसरा <img src=x onerror="alert(1)?"> वाक्य।',
    ]);
  });

  it('splits between sentences as if the tags were not there, a closing tag ending and an opening one starting a sentence', () => {
    expect(textsOf('One <b>bold.</b> Two. <i>Three.</i>', 'en')).toEqual(['One <b>bold.</b>', 'Two.', '<i>Three.</i>']);
    expect(textsOf('पहला <b>वाक्य।</b> दूसरा। <br> तीसरा।', 'hi')).toEqual(['पहला <b>वाक्य।</b>', 'दूसरा।', '<br> तीसरा।']);
  });

  it('keeps a tag that runs over lines, blank ones too, in one sentence on one line', () => {
    const text = 'Line one <img\nsrc="a.png"\n\nalt="x. Y">\nstill one. Two.\n\nNew paragraph.';
    expect(splitIntoSentences(text, 'en').sentences).toEqual([
      { text: 'Line one <img src="a.png" alt="x. Y"> still one.', paragraph: 0 },
      { text: 'Two.', paragraph: 0 },
      { text: 'New paragraph.', paragraph: 1 },
    ]);
    expect(textsOf('One <b\nclass="x">line</b>.\nTwo.', 'en', true)).toEqual(['One <b class="x">line</b>.', 'Two.']);
  });

  it('leaves comparisons and lone angle brackets alone', () => {
    expect(textsOf('5 < 6 and 7 > 3. Next <one.', 'en')).toEqual(['5 < 6 and 7 > 3.', 'Next <one.']);
  });

  it('splits a text without markup as before', () => {
    const text = 'पहला वाक्य है। दूसरा वाक्य है।\nऔर यह भी।\n\n- एक बिंदु। वही बिंदु।\nबाद में।';
    expect(splitIntoSentences(text, 'hi').sentences).toEqual([
      { text: 'पहला वाक्य है।', paragraph: 0 },
      { text: 'दूसरा वाक्य है।', paragraph: 0 },
      { text: 'और यह भी।', paragraph: 0 },
      { text: 'एक बिंदु। वही बिंदु।', paragraph: 1 },
      { text: 'बाद में।', paragraph: 2 },
    ]);
  });
});

const pieceOfText = fc.constantFrom(
  'Word', 'शब्द', '. ', '। ', '? ', ' ', '\n', '\n\n', '- ', '<b>', '</b>', '<br>', '<img src=x onerror="alert(1). X">',
  '<script>a(". B")</script>', '<!-- x. Y -->', '<', '>', '"', 'Mr. ', 'ए.के. ',
);

const languages = fc.constantFrom('hi' as const, 'en' as const);
// Bullets are dropped from list items and whitespace is joined: nothing else may change.
const withoutSpaceOrBullets = (value: string) => value.replace(/[\s\-•*]/gu, '');
const WHOLE_TAGS = /<img src=x onerror="alert\(1\)\. X">|<script>a\("\. B"\)<\/script>|<!-- x\. Y -->/gu;
const findWholeTags = (value: string) => value.match(WHOLE_TAGS) ?? [];

describe('splitIntoSentences on any mix of text and markup', () => {
  it('loses, adds and moves no character but whitespace, and keeps every tag whole in one sentence', () => {
    fc.assert(
      fc.property(fc.array(pieceOfText, { maxLength: 40 }), languages, fc.boolean(), (pieces, lang, presplit) => {
        const text = pieces.join('');
        const sentences = textsOf(text, lang, presplit);
        expect(sentences.map(withoutSpaceOrBullets).join('')).toBe(withoutSpaceOrBullets(text));
        for (const sentence of sentences) expect(sentence).not.toMatch(/[\r\n]/u);
        expect(sentences.flatMap(findWholeTags)).toEqual(findWholeTags(text));
      }),
    );
  });
});

describe('isPlaceholderMeaning', () => {
  it('recognises the meaning an import proposes, and only that', () => {
    expect(isPlaceholderMeaning(writePlaceholderMeaning('mobile', 'He lost his mobile.'))).toBe(true);
    expect(isPlaceholderMeaning('  English “mobile”, as in: something else')).toBe(true);
    expect(isPlaceholderMeaning('a mobile phone')).toBe(false);
    expect(isPlaceholderMeaning('English word for a mobile phone')).toBe(false);
  });
});

describe('checkImportTexts', () => {
  it('does not count the letters of markup towards a text’s script', () => {
    const hi = 'पहला <script>window.alert("hello there")</script> वाक्य है। दूसरा <img src=x onerror="alert(1)"> वाक्य है।';
    expect(checkImportTexts({ hi, en: 'The first sentence. The second sentence.' })).toEqual([]);
    expect(checkImportTexts({ hi: '<b>only markup</b>', en: '<br><img src=x>' })).toEqual([
      { side: 'hi', code: 'not-devanagari', message: 'has no Devanagari text' },
      { side: 'en', code: 'not-latin', message: 'has no Latin-script text' },
    ]);
  });
});
