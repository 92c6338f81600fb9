import { describe, expect, it } from 'vitest';
import { parseSentenceFile } from '@/lib/content';

const file = 'content/passages/x/hi.txt';

describe('parseSentenceFile', () => {
  it('numbers sentences from 0 over the file and groups them into paragraphs by blank lines', () => {
    const source = '# शीर्षक\n\n\nपहला.\nदूसरा.\n\n- सूची.\n\n> [en] Quoted.\n> उद्धरण.\n';
    const { side, problems } = parseSentenceFile(source, file, 'hi');
    expect(problems).toEqual([]);
    expect(side.lang).toBe('hi');
    expect(side.paragraphs).toEqual([
      { index: 0, kind: 'heading', sentences: [0] },
      { index: 1, kind: 'text', sentences: [1, 2] },
      { index: 2, kind: 'item', sentences: [3] },
      { index: 3, kind: 'quote', sentences: [4, 5] },
    ]);
    expect(side.sentences).toEqual([
      { index: 0, text: 'शीर्षक', lang: 'hi', paragraph: 0, line: 1 },
      { index: 1, text: 'पहला.', lang: 'hi', paragraph: 1, line: 4 },
      { index: 2, text: 'दूसरा.', lang: 'hi', paragraph: 1, line: 5 },
      { index: 3, text: 'सूची.', lang: 'hi', paragraph: 2, line: 7 },
      { index: 4, text: 'Quoted.', lang: 'en', paragraph: 3, line: 9 },
      { index: 5, text: 'उद्धरण.', lang: 'hi', paragraph: 3, line: 10 },
    ]);
  });

  it('drops one leading backslash, so a sentence may open with what looks like a prefix or a tag', () => {
    const source = '\\# Not a heading.\n\n- \\[ab] in a list.\n\n> [en] \\\\ kept.\n';
    const { side, problems } = parseSentenceFile(source, file, 'hi');
    expect(problems).toEqual([]);
    expect(side.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['text', 'item', 'quote']);
    expect(side.sentences.map(({ text, lang }) => [text, lang])).toEqual([
      ['# Not a heading.', 'hi'],
      ['[ab] in a list.', 'hi'],
      ['\\ kept.', 'en'],
    ]);
  });

  it('reports a line that holds only a backslash', () => {
    const { problems } = parseSentenceFile('एक.\n\\\n', file, 'hi');
    expect(problems).toEqual([{ file, line: 2, message: 'a line with only a backslash and no sentence' }]);
  });

  it('keeps lines as written, takes a [hi] tag in English text, and reads CRLF files', () => {
    const { side, problems } = parseSentenceFile('\uFEFFOne.\r\n[hi] बार‑बार.\r\n', file, 'en');
    expect(problems).toEqual([]);
    expect(side.sentences.map(({ text, lang, line }) => ({ text, lang, line }))).toEqual([
      { text: 'One.', lang: 'en', line: 1 },
      { text: 'बार‑बार.', lang: 'hi', line: 2 },
    ]);
  });

  it('leaves a bracket that is not a lower-case tag in the sentence', () => {
    const { side, problems } = parseSentenceFile('[Update] Shares fell.\n[1] A note.\n', file, 'en');
    expect(problems).toEqual([]);
    expect(side.sentences.map((sentence) => sentence.text)).toEqual([
      '[Update] Shares fell.',
      '[1] A note.',
    ]);
  });

  it.each([
    ['an empty file', '', 1, /empty/],
    ['a file of blank lines', '\n  \n\n', 1, /empty/],
    ['a line with only a prefix', 'एक.\n#\n', 2, /only the prefix "# "/],
    ['a list prefix without a sentence', 'एक.\n-   \n', 2, /only the prefix "- "/],
    ['a tag without a sentence', '> [en]  \n', 1, /language tag, and no sentence/],
    ['an unknown language tag', 'एक.\n\n> [fr] Bonjour.\n', 3, /unknown language tag "\[fr\]"/],
    ['mixed prefixes', '> एक.\nदो.\n', 2, /has no prefix but its paragraph \(from line 1\) has "> "/],
    ['a heading of two lines', '# एक\n# दो\n', 2, /heading has more than one line/],
    ['leading spaces', '  एक.\n', 1, /starts or ends with spaces/],
  ])('reports %s', (_, source, line, message) => {
    const { problems } = parseSentenceFile(source, file, 'hi');
    expect(problems).toEqual([{ file, line, message: expect.stringMatching(message) }]);
  });

  it('keeps the sentence of an unknown tag so later numbers hold', () => {
    const { side } = parseSentenceFile('[fr] Bonjour.\nदो.\n', file, 'hi');
    expect(side.sentences.map(({ index, text }) => [index, text])).toEqual([
      [0, 'Bonjour.'],
      [1, 'दो.'],
    ]);
  });

  it('accepts a list item of several lines', () => {
    const { side, problems } = parseSentenceFile('- एक.\n- दो.\n', file, 'hi');
    expect(problems).toEqual([]);
    expect(side.paragraphs).toEqual([{ index: 0, kind: 'item', sentences: [0, 1] }]);
  });
});
