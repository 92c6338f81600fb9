/**
 * Aligns a Hindi text with its English translation and prints the result as JSON: the sentences,
 * the links with their confidence, and `flagBelow`, the confidence under which a link is doubtful.
 * Usage: npm run -s align -- --hi HI.txt --en EN.txt [--presplit] [--method best|gale-church]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  alignMethods,
  alignSentences,
  decodeUtf8,
  DOUBTFUL_BELOW,
  validateTexts,
  type AlignMethod,
  type TextSide,
} from '@/lib/align';
import { splitSentences } from '@/lib/text';

const USAGE = 'usage: align --hi HI.txt --en EN.txt [--presplit] [--method best|gale-church]';

const HELP = `${USAGE}

Aligns the sentences of a Hindi text with those of its English translation and prints
{"hi": [...], "en": [...], "links": [{"hi": [...], "en": [...], "score": ...}], "flagBelow": ...}.
A link's score is the probability that it is right; links scoring below flagBelow are doubtful.
  --hi, --en    the two texts, UTF-8
  --presplit    each non-empty line is one sentence (otherwise the texts are split into sentences)
  --method      best (default: lengths, shared names and numbers, a word list) or gale-church
  --help        this text`;

const OPTIONS = {
  hi: { type: 'string' },
  en: { type: 'string' },
  presplit: { type: 'boolean', default: false },
  method: { type: 'string', default: 'best' },
  help: { type: 'boolean', default: false },
} as const;

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

/** parseArgs's own message for a mistake in the command line, in one line, with the usage. */
function describeParseError(error: unknown): string | undefined {
  if (!(error instanceof TypeError) || !('code' in error)) return undefined;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
    return `unknown option "${option}"; ${USAGE}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(--[a-z]+)/.exec(error.message)?.[1] ?? '';
    return `${option} needs a value; ${USAGE}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument; ${USAGE}`;
  return undefined;
}

function readValues(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = describeParseError(error);
    if (message === undefined) throw error;
    throw new AlignError(message, 2);
  }
}

/** The options, or undefined when --help asks for the usage instead. */
function parseOptions(args: string[]): Options | undefined {
  const values = readValues(args);
  if (values.help) return undefined;
  if (!isAlignMethod(values.method)) throw new AlignError(`--method must be ${alignMethods.join(' or ')}`, 2);
  if (values.hi === undefined || values.en === undefined) {
    throw new AlignError(`missing ${values.hi === undefined ? '--hi' : '--en'}; ${USAGE}`, 2);
  }
  return { files: { hi: values.hi, en: values.en }, presplit: values.presplit, method: values.method };
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
  const options = parseOptions(process.argv.slice(2));
  if (options === undefined) {
    console.log(HELP);
    return;
  }
  const { files, presplit, method } = options;
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
  process.stdout.write(`${JSON.stringify({ hi, en, links, flagBelow: DOUBTFUL_BELOW })}\n`);
}

try {
  runAlign();
} catch (error) {
  if (!(error instanceof AlignError)) throw error;
  console.error(`align: ${error.message}`);
  process.exitCode = error.exitCode;
}
