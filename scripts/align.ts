/**
 * Aligns a Hindi text with its English translation and prints the result as JSON.
 * Usage: npm run -s align -- --hi HI.txt --en EN.txt [--presplit] [--method best|gale-church]
 */
import { readFileSync } from 'node:fs';
import {
  alignMethods,
  alignSentences,
  decodeUtf8,
  validateTexts,
  type AlignMethod,
  type TextSide,
} from '@/lib/align';
import { splitSentences } from '@/lib/text';

const USAGE = 'usage: align --hi HI.txt --en EN.txt [--presplit] [--method best|gale-church]';

interface Options {
  files: Record<TextSide, string>;
  presplit: boolean;
  method: AlignMethod;
}

/** A problem to report in one line, with the exit code it calls for. */
class AlignError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function isAlignMethod(value: string): value is AlignMethod {
  return (alignMethods as readonly string[]).includes(value);
}

function parseOptions(args: readonly string[]): Options {
  const files: Partial<Record<TextSide, string>> = {};
  let presplit = false;
  let method: AlignMethod = 'best';
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === '--presplit') {
      presplit = true;
      continue;
    }
    const value = args[index + 1];
    if (arg !== '--hi' && arg !== '--en' && arg !== '--method') {
      throw new AlignError(`unknown option "${arg}"; ${USAGE}`, 2);
    }
    if (value === undefined || value.startsWith('--')) throw new AlignError(`${arg} needs a value; ${USAGE}`, 2);
    index += 1;
    if (arg === '--method') {
      if (!isAlignMethod(value)) throw new AlignError(`--method must be ${alignMethods.join(' or ')}`, 2);
      method = value;
    } else {
      files[arg === '--hi' ? 'hi' : 'en'] = value;
    }
  }
  if (files.hi === undefined || files.en === undefined) {
    throw new AlignError(`missing ${files.hi === undefined ? '--hi' : '--en'}; ${USAGE}`, 2);
  }
  return { files: { hi: files.hi, en: files.en }, presplit, method };
}

const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new AlignError(`${file}: cannot read (${READ_FAILURES[code] ?? (code || String(error))})`, 1);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new AlignError(`${file}: ${decoded.message}`, 1);
  return decoded.text;
}

function splitText(text: string, side: TextSide, presplit: boolean): string[] {
  if (!presplit) return splitSentences(text, side);
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function runAlign(): void {
  const { files, presplit, method } = parseOptions(process.argv.slice(2));
  const texts = { hi: readText(files.hi), en: readText(files.en) };
  const [problem] = validateTexts(texts);
  if (problem !== undefined) throw new AlignError(`${files[problem.side]}: ${problem.message}`, 1);
  const hi = splitText(texts.hi, 'hi', presplit);
  const en = splitText(texts.en, 'en', presplit);
  const links = alignSentences(hi, en, { method }).map((link) => ({
    hi: link.hi,
    en: link.en,
    score: Math.round(link.score * 1000) / 1000,
  }));
  process.stdout.write(`${JSON.stringify({ hi, en, links })}\n`);
}

try {
  runAlign();
} catch (error) {
  if (!(error instanceof AlignError)) throw error;
  console.error(`align: ${error.message}`);
  process.exitCode = error.exitCode;
}
