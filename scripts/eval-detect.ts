/**
 * Scores loanword detection on the seed passage against its reviewed glossary and, with --ntrex,
 * lists what it proposes for the NTREX development documents.
 * Usage: npm run -s eval:detect -- [--verbose] [--ntrex] [--ntrex-dir DIR] [--top N]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadGlossary, loadPassage } from '@/lib/content';
import { NTREX_DEV_DIR, readNtrexDocuments } from '@/lib/datasets';
import { listGoldLoanwordForms, measureDetection, pairPassageSentences } from '@/lib/evaluation';
import { detectLoanwords, type LoanwordCandidate } from '@/lib/loanwords';

const SEED_SLUG = 'anthropic-safeguards-head-resigns';

const USAGE = `usage: eval:detect [--verbose] [--ntrex] [--ntrex-dir DIR] [--top N]

Scores loanword detection on the seed passage, ${SEED_SLUG}, against the reviewed
glossary: precision, recall and F1 of the detected forms, with the false positives and negatives.

  --verbose        also list every candidate found in the seed passage
  --ntrex          also run detection over the NTREX development documents and list the
                   candidates, best first
  --ntrex-dir DIR  read the NTREX documents from DIR (default: ${path.relative(process.cwd(), NTREX_DEV_DIR)});
                   implies --ntrex
  --top N          list only the N best NTREX candidates (the count is of all of them)
  --help           show this help`;

interface Options {
  verbose: boolean;
  ntrexDir: string | null;
  top: number | null;
}

/** A problem with the command line, reported with the usage. */
class UsageError extends Error {}

const OPTIONS = {
  verbose: { type: 'boolean', default: false },
  ntrex: { type: 'boolean', default: false },
  'ntrex-dir': { type: 'string' },
  top: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** parseArgs, with its complaints about the command line turned into usage errors. */
function readArgs(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}

function parseOptions(args: string[]): Options | 'help' {
  const values = readArgs(args);
  if (values.help) return 'help';
  let top: number | null = null;
  if (values.top !== undefined) {
    top = Number(values.top);
    if (!Number.isInteger(top) || top < 1) throw new UsageError('--top needs a whole number of at least 1');
  }
  const dir = values['ntrex-dir'];
  const ntrexDir = dir !== undefined ? path.resolve(dir) : values.ntrex ? NTREX_DEV_DIR : null;
  return { verbose: values.verbose, ntrexDir, top };
}

function formatPercent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function describeCandidate(candidate: LoanwordCandidate): string {
  const forms = candidate.forms.join(', ');
  return `${candidate.score.toFixed(2)}  ${candidate.headword} (${candidate.romanization}) ← ${candidate.source}  [${forms}]`;
}

/** Precision, recall and F1 of detection on the seed passage against its reviewed glossary. */
async function evaluateSeed(verbose: boolean): Promise<void> {
  const passage = await loadPassage(SEED_SLUG);
  if (!passage) throw new Error(`the seed passage "${SEED_SLUG}" is missing`);
  const pairs = pairPassageSentences(passage);
  const gold = listGoldLoanwordForms(pairs, await loadGlossary());
  const candidates = detectLoanwords(pairs);
  const score = measureDetection(candidates, gold);
  console.log(`seed: ${SEED_SLUG}, ${pairs.length} sentence pairs, ${gold.size} gold forms, ${candidates.length} candidates`);
  console.log(`precision ${formatPercent(score.precision)}  recall ${formatPercent(score.recall)}  F1 ${formatPercent(score.f1)}`);
  console.log(`false positives (${score.falsePositives.length}): ${score.falsePositives.join(' ') || '—'}`);
  console.log(`false negatives (${score.falseNegatives.length}): ${score.falseNegatives.join(' ') || '—'}`);
  if (verbose) {
    for (const candidate of candidates) console.log(`  ${describeCandidate(candidate)}`);
  }
}

/** Runs detection over each line-aligned NTREX document and prints the candidates, best first. */
function showNtrex(dir: string, top: number | null): void {
  const documents = readNtrexDocuments(dir);
  const all: Array<{ document: string; candidate: LoanwordCandidate }> = [];
  for (const document of documents) {
    const pairs = document.hi.map((hi, index) => ({ hi, en: document.en[index] ?? '' }));
    for (const candidate of detectLoanwords(pairs)) all.push({ document: document.name, candidate });
  }
  console.log(`\nNTREX dev: ${documents.length} documents, ${all.length} candidates`);
  const sorted = [...all].sort((a, b) => b.candidate.score - a.candidate.score);
  for (const { document, candidate } of sorted.slice(0, top ?? sorted.length)) {
    console.log(`  ${describeCandidate(candidate)}  — ${document}`);
  }
}

async function runEvaluation(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  await evaluateSeed(options.verbose);
  if (options.ntrexDir !== null) showNtrex(options.ntrexDir, options.top);
}

runEvaluation().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`eval:detect: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(error);
  process.exitCode = 1;
});
