/**
 * Scores both aligners on the NTREX-128 development documents, made harder by seeded merges and
 * deletions, and on one long document of all of them in a row.
 * Usage: npm run -s eval:align [-- --seed N --json FILE]
 */
import { NTREX_ATTRIBUTION as ATTRIBUTION, NTREX_DEV_DIR as dataDir, readNtrexDocuments } from '@/lib/datasets';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  alignMethods,
  alignSentences,
  createRandom,
  DOUBTFUL_BELOW,
  perturbDocument,
  scoreAlignments,
  type AlignmentLink,
  type AlignmentScores,
  type AlignMethod,
  type PerturbedDocument,
  type ScoredLink,
} from '@/lib/align';

const DEFAULT_SEED = 20221128;
const repoRoot = path.resolve(__dirname, '..');

interface EvalDocument extends PerturbedDocument {
  name: string;
}

interface MethodResult {
  scores: AlignmentScores;
  links: AlignmentLink[];
  /** Links whose confidence is at least DOUBTFUL_BELOW, and how many of them are strictly right. */
  confident: { links: number; correct: number };
  doubtful: { links: number; correct: number };
  milliseconds: number;
}

interface DocumentResult {
  name: string;
  hiLines: number;
  enLines: number;
  goldLinks: number;
  methods: Record<AlignMethod, MethodResult>;
}

interface Options {
  seed: number;
  jsonPath?: string;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { seed: DEFAULT_SEED };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    const value = args[index + 1];
    if (arg === '--seed' && value !== undefined && /^\d+$/.test(value)) {
      options.seed = Number(value);
      index += 1;
    } else if (arg === '--json' && value !== undefined) {
      options.jsonPath = value;
      index += 1;
    } else {
      throw new Error(`unknown or incomplete option "${arg}"; usage: eval-align [--seed N] [--json FILE]`);
    }
  }
  return options;
}

function loadDocuments(): Array<{ name: string; hi: string[]; en: string[] }> {
  return readNtrexDocuments();
}

function countCorrect(gold: readonly ScoredLink[], links: readonly AlignmentLink[], confident: boolean) {
  const goldKeys = new Set(gold.map((link) => `${link.hi.join(',')}:${link.en.join(',')}`));
  const selected = links.filter((link) => link.score >= DOUBTFUL_BELOW === confident);
  const correct = selected.filter((link) => goldKeys.has(`${link.hi.join(',')}:${link.en.join(',')}`));
  return { links: selected.length, correct: correct.length };
}

function evaluateDocument(document: EvalDocument): DocumentResult {
  const methods = {} as Record<AlignMethod, MethodResult>;
  for (const method of alignMethods) {
    const started = performance.now();
    const links = alignSentences(document.hi, document.en, { method });
    const milliseconds = performance.now() - started;
    methods[method] = {
      scores: scoreAlignments([{ gold: document.gold, predicted: links }]),
      links,
      confident: countCorrect(document.gold, links, true),
      doubtful: countCorrect(document.gold, links, false),
      milliseconds,
    };
  }
  return {
    name: document.name,
    hiLines: document.hi.length,
    enLines: document.en.length,
    goldLinks: document.gold.length,
    methods,
  };
}

function describeShapes(gold: readonly ScoredLink[]): string {
  const counts = new Map<string, number>();
  for (const link of gold) {
    const shape = `${link.hi.length}-${link.en.length}`;
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  return [...counts].sort().map(([shape, count]) => `${shape}: ${count}`).join(', ');
}

function formatNumber(value: number): string {
  return value.toFixed(3);
}

function summarise(results: readonly DocumentResult[], method: AlignMethod) {
  const keys = ['precisionStrict', 'recallStrict', 'f1Strict', 'precisionLax', 'recallLax', 'f1Lax'] as const;
  const summary = {} as Record<(typeof keys)[number], { min: number; mean: number }>;
  for (const key of keys) {
    const values = results.map((result) => result.methods[method].scores[key]);
    summary[key] = {
      min: Math.min(...values),
      mean: values.reduce((sum, value) => sum + value, 0) / values.length,
    };
  }
  return summary;
}

/** vecalign's score_multiple: counts pooled over all documents before dividing. */
function poolScores(documents: readonly EvalDocument[], results: readonly DocumentResult[], method: AlignMethod) {
  return scoreAlignments(
    documents.map((document, index) => ({
      gold: document.gold,
      predicted: (results[index] as DocumentResult).methods[method].links,
    })),
  );
}

function printReport(
  options: Options,
  documents: readonly EvalDocument[],
  results: readonly DocumentResult[],
  long: DocumentResult,
  longShapes: string,
): void {
  console.log(`Aligner evaluation on NTREX-128 hi–en dev (${ATTRIBUTION})`);
  console.log(`seed ${options.seed}; 15% adjacent lines merged on one side, 5% deleted on one side`);
  console.log("best's bilingual word list (lib/align/word-list/) is hand-written, not learned from these documents");
  console.log('');
  console.log('document                      lines hi/en  strict F1 gc / best   lax F1 gc / best');
  for (const result of results) {
    const gc = result.methods['gale-church'].scores;
    const best = result.methods.best.scores;
    console.log(
      `${result.name.padEnd(28)} ${String(result.hiLines).padStart(5)}/${String(result.enLines).padEnd(5)}` +
        `   ${formatNumber(gc.f1Strict)} / ${formatNumber(best.f1Strict)}` +
        `      ${formatNumber(gc.f1Lax)} / ${formatNumber(best.f1Lax)}`,
    );
  }
  console.log('');
  for (const method of alignMethods) {
    const summary = summarise(results, method);
    const pooled = poolScores(documents, results, method);
    const longScores = long.methods[method].scores;
    const time = results.reduce((sum, result) => sum + result.methods[method].milliseconds, 0);
    console.log(`${method}:`);
    console.log('                   per document min / mean   all pooled   long document');
    for (const [label, key] of [
      ['strict precision', 'precisionStrict'],
      ['strict recall', 'recallStrict'],
      ['strict F1', 'f1Strict'],
      ['lax precision', 'precisionLax'],
      ['lax recall', 'recallLax'],
      ['lax F1', 'f1Lax'],
    ] as const) {
      console.log(
        `  ${label.padEnd(17)}      ${formatNumber(summary[key].min)} / ${formatNumber(summary[key].mean)}` +
          `        ${formatNumber(pooled[key])}        ${formatNumber(longScores[key])}`,
      );
    }
    const wrong = results.reduce((sum, result) => {
      const { confident, doubtful } = result.methods[method];
      return sum + confident.links - confident.correct + doubtful.links - doubtful.correct;
    }, 0);
    const wrongDoubtful = results.reduce((sum, { methods }) => sum + methods[method].doubtful.links - methods[method].doubtful.correct, 0);
    const rightDoubtful = results.reduce((sum, { methods }) => sum + methods[method].doubtful.correct, 0);
    console.log(
      `  documents: ${wrongDoubtful} of ${wrong} wrong links below ${DOUBTFUL_BELOW} (flagged), ` +
        `and ${rightDoubtful} right ones`,
    );
    const { confident, doubtful } = long.methods[method];
    console.log(
      `  long document: ${confident.correct}/${confident.links} links with confidence ≥ ${DOUBTFUL_BELOW} right, ` +
        `${doubtful.correct}/${doubtful.links} below ${DOUBTFUL_BELOW}; ${long.methods[method].milliseconds.toFixed(0)} ms` +
        ` (all ${results.length} documents: ${time.toFixed(0)} ms)`,
    );
  }
  console.log('');
  console.log(`long document: ${long.hiLines} Hindi / ${long.enLines} English lines; gold ${longShapes}`);
}

function runEvaluation(): void {
  const options = parseOptions(process.argv.slice(2));
  const sources = loadDocuments();
  const random = createRandom(options.seed);
  const documents: EvalDocument[] = sources.map((source) => ({
    name: source.name,
    ...perturbDocument(source.hi, source.en, random),
  }));
  const longDocument: EvalDocument = {
    name: 'all documents in a row',
    ...perturbDocument(
      sources.flatMap((source) => source.hi),
      sources.flatMap((source) => source.en),
      createRandom(options.seed + 1),
    ),
  };
  const results = documents.map(evaluateDocument);
  const long = evaluateDocument(longDocument);
  printReport(options, documents, results, long, describeShapes(longDocument.gold));
  if (options.jsonPath !== undefined) {
    const report = {
      data: { path: path.relative(repoRoot, dataDir), attribution: ATTRIBUTION },
      seed: options.seed,
      summary: Object.fromEntries(
        alignMethods.map((method) => [
          method,
          { perDocument: summarise(results, method), pooled: poolScores(documents, results, method) },
        ]),
      ),
      longDocument: long,
      documents: results,
    };
    writeFileSync(options.jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  }
}

try {
  runEvaluation();
} catch (error) {
  console.error(`eval-align: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
