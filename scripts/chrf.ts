/**
 * Scores a translation against its reference with chrF, exactly as sacrebleu's `CHRF()` defaults.
 * Usage: npm run -s chrf -- --hyp HYP.txt --ref REF.txt [--ref REF2.txt …] [--sentence]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chrfCorpus, chrfSentence } from '@/lib/chrf';

const USAGE = 'usage: chrf --hyp HYP.txt --ref REF.txt [--ref REF2.txt …] [--sentence]';

const HELP = `${USAGE}

Prints the corpus chrF (0–100, four decimals) of the hypotheses against the references, computed as
sacrebleu's CHRF() defaults: character 6-grams, no word n-grams, beta 2, whitespace removed,
effective order. The n-gram statistics of all lines are summed before the score is computed.
  --hyp         the hypotheses, UTF-8, one segment per line
  --ref         a reference stream with as many lines; repeat it for alternative references
  --sentence    one score per line instead of the corpus score
  --help        this text`;

const OPTIONS = {
  hyp: { type: 'string' },
  ref: { type: 'string', multiple: true },
  sentence: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/** A problem to report in one line, with the exit code it calls for. */
class ChrfCliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
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
    throw new ChrfCliError(message, 2);
  }
}

const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

/** The file's lines, one segment each; the newline that ends the last line starts no segment. */
function readLines(file: string): string[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new ChrfCliError(`${file}: cannot read (${READ_FAILURES[code] ?? (code || String(error))})`, 1);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new ChrfCliError(`${file}: not valid UTF-8`, 1);
  }
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0) throw new ChrfCliError(`${file}: is empty`, 1);
  return lines;
}

function runChrf(): void {
  const values = readValues(process.argv.slice(2));
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.hyp === undefined) throw new ChrfCliError(`missing --hyp; ${USAGE}`, 2);
  const referenceFiles = values.ref ?? [];
  if (referenceFiles.length === 0) throw new ChrfCliError(`missing --ref; ${USAGE}`, 2);
  const hypotheses = readLines(values.hyp);
  const referenceStreams = referenceFiles.map((file) => {
    const lines = readLines(file);
    if (lines.length !== hypotheses.length) {
      throw new ChrfCliError(`${file}: has ${lines.length} lines, ${values.hyp} has ${hypotheses.length}`, 1);
    }
    return lines;
  });
  const scores = values.sentence
    ? hypotheses.map((hypothesis, line) => chrfSentence(hypothesis, referenceStreams.map((stream) => stream[line] ?? '')))
    : [chrfCorpus(hypotheses, referenceStreams)];
  process.stdout.write(scores.map((score) => `${score.toFixed(4)}\n`).join(''));
}

try {
  runChrf();
} catch (error) {
  if (!(error instanceof ChrfCliError)) throw error;
  console.error(`chrf: ${error.message}`);
  process.exitCode = error.exitCode;
}
