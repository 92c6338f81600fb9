import type {
  ContentProblem,
  Paragraph,
  ParagraphKind,
  PassageSide,
  Sentence,
  TextLang,
} from './types';

/** The line prefix that marks each kind of paragraph; ordinary text has none. */
export const prefixOfKind: Readonly<Record<ParagraphKind, string>> = { text: '', heading: '# ', item: '- ', quote: '> ' };

const prefixKinds = (Object.entries(prefixOfKind) as Array<[ParagraphKind, string]>)
  .filter(([, prefix]) => prefix !== '')
  .map(([kind, prefix]) => [prefix, kind] as const);

const textLangs: readonly TextLang[] = ['hi', 'en'];

// Lower-case only, so an English sentence opening with "[Update] …" is not taken for a tag.
const languageTagPattern = /^\[([a-z]{2,3}(?:-[a-z0-9]+)*)\] ?/;

const escapeMark = '\\';

/**
 * Writes a sentence so that it reads back as itself: a sentence that would be taken for a prefix,
 * a language tag or an escape gets a leading backslash, which the parser drops.
 */
export function escapeSentenceStart(text: string): string {
  const looksLikeMarkup =
    text.startsWith(escapeMark) ||
    prefixKinds.some(([prefix]) => text.startsWith(prefix) || text === prefix.trim()) ||
    languageTagPattern.test(text);
  return looksLikeMarkup ? `${escapeMark}${text}` : text;
}

interface SentenceLine {
  line: number;
  kind: ParagraphKind;
  prefix: string;
  text: string;
  lang: TextLang;
}

/** Splits a file into lines, numbered from 1, without the byte-order mark or carriage returns. */
export function splitLines(source: string): string[] {
  return source.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** Quotes the start of a sentence for a message. */
export function quoteStart(text: string, length = 40): string {
  const chars = Array.from(text);
  return `"${chars.length > length ? `${chars.slice(0, length).join('')}…` : text}"`;
}

/** Says how many sentences a text file has, for out-of-range messages. */
export function describeSentenceCount(lang: TextLang, count: number): string {
  if (count === 0) return `${lang}.txt has no sentences`;
  if (count === 1) return `${lang}.txt has 1 sentence (0)`;
  return `${lang}.txt has ${count} sentences (0–${count - 1})`;
}

function isTextLang(value: string): value is TextLang {
  return (textLangs as readonly string[]).includes(value);
}

function readPrefix(raw: string): { kind: ParagraphKind; prefix: string; rest: string } {
  for (const [prefix, kind] of prefixKinds) {
    if (raw.startsWith(prefix)) return { kind, prefix, rest: raw.slice(prefix.length) };
  }
  return { kind: 'text', prefix: '', rest: raw };
}

function describePrefix(prefix: string): string {
  return prefix === '' ? 'no prefix' : `"${prefix.trim()} "`;
}

function parseSentenceLine(
  raw: string,
  line: number,
  fileLang: TextLang,
  report: (message: string) => void,
): SentenceLine | null {
  if (prefixKinds.some(([prefix]) => raw.trim() === prefix.trim())) {
    report(`a line with only the prefix "${raw.trim()} " and no sentence`);
    return null;
  }
  const { kind, prefix, rest } = readPrefix(raw);
  let lang = fileLang;
  let text = rest;
  const tag = languageTagPattern.exec(rest);
  if (tag) {
    const code = tag[1] ?? '';
    // An unknown tag still leaves a sentence, so the numbering of the ones after it holds.
    if (isTextLang(code)) lang = code;
    else report(`unknown language tag "[${code}]": use [hi] or [en]`);
    text = rest.slice(tag[0].length);
  }
  if (text.startsWith(escapeMark)) text = text.slice(escapeMark.length);
  if (text.trim() === '') {
    report(tag ? `a line with only a prefix and a language tag, and no sentence` : `a line with only a backslash and no sentence`);
    return null;
  }
  if (text !== text.trim()) {
    report(`the sentence starts or ends with spaces: ${quoteStart(text.trim())}`);
  }
  return { line, kind, prefix, text, lang };
}

/**
 * Parses hi.txt or en.txt: one sentence per line, blank lines between paragraphs, a paragraph's
 * kind from the prefix its lines share, and an optional language tag after the prefix.
 */
export function parseSentenceFile(
  source: string,
  file: string,
  lang: TextLang,
): { side: PassageSide; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const lines = splitLines(source);
  let current: { paragraph: Paragraph; prefix: string; firstLine: number } | null = null;

  for (const [position, raw] of lines.entries()) {
    const line = position + 1;
    if (raw.trim() === '') {
      current = null;
      continue;
    }
    const parsed = parseSentenceLine(raw, line, lang, (message) =>
      problems.push({ file, line, message }),
    );
    if (!parsed) continue;
    if (current === null) {
      current = {
        paragraph: { index: paragraphs.length, kind: parsed.kind, sentences: [] },
        prefix: parsed.prefix,
        firstLine: line,
      };
      paragraphs.push(current.paragraph);
    } else if (parsed.prefix !== current.prefix) {
      problems.push({
        file,
        line,
        message: `this line has ${describePrefix(parsed.prefix)} but its paragraph (from line ${current.firstLine}) has ${describePrefix(current.prefix)}: every line of a paragraph carries the same prefix`,
      });
    } else if (current.paragraph.kind === 'heading') {
      problems.push({
        file,
        line,
        message: `a heading has more than one line (it starts on line ${current.firstLine}): end the heading with a blank line`,
      });
    }
    const index = sentences.length;
    sentences.push({
      index,
      text: parsed.text,
      lang: parsed.lang,
      paragraph: current.paragraph.index,
      line,
    });
    current.paragraph.sentences.push(index);
  }

  if (sentences.length === 0 && problems.length === 0) {
    problems.push({ file, line: 1, message: 'the file is empty: it needs at least one sentence' });
  }
  return { side: { lang, paragraphs, sentences }, problems };
}
