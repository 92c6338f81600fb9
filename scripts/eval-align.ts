/**
 * Scores both aligners on the NTREX-128 development documents, made harder by seeded merges and
 * deletions, and on one long document of all of them in a row; reports how many wrong and right
 * links fall below the doubt threshold and how often links of each confidence are right.
 * Usage: npm run -s eval:align [-- --seed N | --seeds A-B] [--json FILE]
 */
import { NTREX_ATTRIBUTION as ATTRIBUTION, NTREX_DEV_DIR as dataDir, readNtrexDocuments } from '@/lib/datasets';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
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

/** Upper edges of the reliability table's confidence buckets; most links are nearly sure. */
const BUCKET_EDGES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1];

const USAGE = 'usage: eval-align [--seed N | --seeds A-B] [--json FILE]';

const HELP = `${USAGE}

Aligns the NTREX-128 hi–en development documents, perturbed with a seed (15% of adjacent lines merged
on one side, 5% deleted on one side), with both aligners, and scores them against the perturbation.
  --seed N      one seed, with a table per document (default ${DEFAULT_SEED})
  --seeds A-B   every seed from A to B (or a list: 1,4,7), one line per seed and the totals
  --json FILE   also write the figures as JSON
  --help        this text
Wrong and right links "flagged" are the links of the 49 documents scoring below ${DOUBTFUL_BELOW}.`;

interface EvalDocument extends PerturbedDocument {
  name: string;
}

/** Links with a confidence at or above a bucket's lower edge and below its upper edge. */
interface ReliabilityBucket {
  from: number;
  to: number;
  links: number;
  right: number;
}

interface FlagCounts {
  wrong: number;
  wrongFlagged: number;
  right: number;
  rightFlagged: number;
}

interface MethodResult {
  scores: AlignmentScores;
  links: AlignmentLink[];
  /** Each link's confidence and whether it is strictly right. */
  judged: JudgedLink[];
  milliseconds: number;
}

interface JudgedLink {
  score: number;
  right: boolean;
}

interface DocumentResult {
  name: string;
  hiLines: number;
  enLines: number;
  goldLinks: number;
  methods: Record<AlignMethod, MethodResult>;
}

interface SeedResult {
  seed: number;
  documents: EvalDocument[];
  results: DocumentResult[];
  long: DocumentResult;
  longShapes: string;
}

type Options = { help: true } | { help: false; seeds: number[]; jsonPath?: string };

function parseSeed(text: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`a seed must be a whole number, not "${text}"; ${USAGE}`);
  return Number(text);
}

/** "1-20" or "1,4,7" (or both: "1-3,9"). */
function parseSeedList(text: string): number[] {
  const seeds: number[] = [];
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-');
    if (from === undefined || extra !== undefined) throw new Error(`--seeds needs A-B or a list, not "${text}"`);
    const first = parseSeed(from);
    const last = to === undefined ? first : parseSeed(to);
    if (last < first) throw new Error(`--seeds ${part}: the range runs backwards`);
    for (let seed = first; seed <= last; seed += 1) seeds.push(seed);
  }
  return seeds;
}

function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      seed: { type: 'string' },
      seeds: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };
  if (values.seed !== undefined && values.seeds !== undefined) throw new Error(`give --seed or --seeds, not both; ${USAGE}`);
  const seeds = values.seeds !== undefined ? parseSeedList(values.seeds) : [parseSeed(values.seed ?? String(DEFAULT_SEED))];
  return { help: false, seeds, jsonPath: values.json };
}

function describeLink(link: ScoredLink): string {
  return `${link.hi.join(',')}:${link.en.join(',')}`;
}

function judgeLinks(gold: readonly ScoredLink[], links: readonly AlignmentLink[]): JudgedLink[] {
  const goldKeys = new Set(gold.map(describeLink));
  return links.map((link) => ({ score: link.score, right: goldKeys.has(describeLink(link)) }));
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
      judged: judgeLinks(document.gold, links),
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

function countFlags(judged: readonly JudgedLink[]): FlagCounts {
  const counts: FlagCounts = { wrong: 0, wrongFlagged: 0, right: 0, rightFlagged: 0 };
  for (const { score, right } of judged) {
    const flagged = score < DOUBTFUL_BELOW;
    if (right) {
      counts.right += 1;
      if (flagged) counts.rightFlagged += 1;
    } else {
      counts.wrong += 1;
      if (flagged) counts.wrongFlagged += 1;
    }
  }
  return counts;
}

function tabulateReliability(judged: readonly JudgedLink[]): ReliabilityBucket[] {
  const buckets = BUCKET_EDGES.map((to, index) => ({ from: BUCKET_EDGES[index - 1] ?? 0, to, links: 0, right: 0 }));
  for (const { score, right } of judged) {
    const bucket = buckets.find(({ to }) => score < to) ?? (buckets.at(-1) as ReliabilityBucket);
    bucket.links += 1;
    if (right) bucket.right += 1;
  }
  return buckets;
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

function formatShare(part: number, whole: number): string {
  return `${part}/${whole} (${whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`})`;
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

function collectJudged(results: readonly DocumentResult[], method: AlignMethod): JudgedLink[] {
  return results.flatMap((result) => result.methods[method].judged);
}

function printFlags(label: string, counts: FlagCounts): void {
  console.log(
    `  ${label}: wrong links below ${DOUBTFUL_BELOW} (flagged) ${formatShare(counts.wrongFlagged, counts.wrong)}, ` +
      `right links below it ${formatShare(counts.rightFlagged, counts.right)}`,
  );
}

function printReliability(buckets: readonly ReliabilityBucket[]): void {
  console.log('  confidence     links   share right');
  for (const { from, to, links, right } of buckets) {
    const range = `${from.toFixed(2)}–${to === 1 ? '1   ' : to.toFixed(2)}`;
    console.log(`  ${range.padEnd(12)} ${String(links).padStart(7)}   ${links === 0 ? '    –' : formatNumber(right / links)}`);
  }
}

function printSeedReport({ seed, documents, results, long, longShapes }: SeedResult): void {
  console.log(`Aligner evaluation on NTREX-128 hi–en dev (${ATTRIBUTION})`);
  console.log(`seed ${seed}; 15% adjacent lines merged on one side, 5% deleted on one side`);
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
    printFlags('documents', countFlags(collectJudged(results, method)));
    printFlags('long document', countFlags(long.methods[method].judged));
    console.log(
      `  time: long document ${long.methods[method].milliseconds.toFixed(0)} ms, ` +
        `all ${results.length} documents ${time.toFixed(0)} ms`,
    );
  }
  console.log('');
  console.log(`long document: ${long.hiLines} Hindi / ${long.enLines} English lines; gold ${longShapes}`);
  console.log('');
  console.log(`best, reliability over the ${results.length} documents:`);
  printReliability(tabulateReliability(collectJudged(results, 'best')));
}

function printRangeReport(seedResults: readonly SeedResult[]): void {
  console.log(`Aligner evaluation on NTREX-128 hi–en dev (${ATTRIBUTION}), best aligner`);
  console.log(`seeds ${seedResults.map(({ seed }) => seed).join(', ')}; flagged: confidence below ${DOUBTFUL_BELOW}`);
  console.log('');
  console.log('  seed   strict F1 per document min   long document   wrong flagged   right flagged');
  for (const { seed, results, long } of seedResults) {
    const counts = countFlags(collectJudged(results, 'best'));
    console.log(
      `  ${String(seed).padStart(4)}   ${formatNumber(summarise(results, 'best').f1Strict.min).padStart(26)}` +
        `   ${formatNumber(long.methods.best.scores.f1Strict).padStart(13)}` +
        `   ${`${counts.wrongFlagged}/${counts.wrong}`.padStart(13)}   ${`${counts.rightFlagged}/${counts.right}`.padStart(13)}`,
    );
  }
  console.log('');
  const judged = seedResults.flatMap(({ results }) => collectJudged(results, 'best'));
  printFlags('all documents of all seeds', countFlags(judged));
  printFlags('long documents of all seeds', countFlags(seedResults.flatMap(({ long }) => long.methods.best.judged)));
  console.log('');
  console.log('reliability over all documents of all seeds:');
  printReliability(tabulateReliability(judged));
}

function evaluateSeed(seed: number, sources: ReadonlyArray<{ name: string; hi: string[]; en: string[] }>): SeedResult {
  const random = createRandom(seed);
  const documents: EvalDocument[] = sources.map((source) => ({
    name: source.name,
    ...perturbDocument(source.hi, source.en, random),
  }));
  const longDocument: EvalDocument = {
    name: 'all documents in a row',
    ...perturbDocument(
      sources.flatMap((source) => source.hi),
      sources.flatMap((source) => source.en),
      createRandom(seed + 1),
    ),
  };
  return {
    seed,
    documents,
    results: documents.map(evaluateDocument),
    long: evaluateDocument(longDocument),
    longShapes: describeShapes(longDocument.gold),
  };
}

/** The figures of one seed for --json, without the links themselves. */
function describeSeed({ seed, documents, results, long }: SeedResult) {
  const strip = (result: DocumentResult) => ({
    ...result,
    methods: Object.fromEntries(
      alignMethods.map((method) => {
        const { scores, milliseconds, judged } = result.methods[method];
        return [method, { scores, milliseconds, flags: countFlags(judged) }];
      }),
    ),
  });
  return {
    seed,
    summary: Object.fromEntries(
      alignMethods.map((method) => [
        method,
        {
          perDocument: summarise(results, method),
          pooled: poolScores(documents, results, method),
          flags: countFlags(collectJudged(results, method)),
        },
      ]),
    ),
    longDocument: strip(long),
    documents: results.map(strip),
  };
}

function runEvaluation(): void {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return;
  }
  const sources = readNtrexDocuments();
  const seedResults = options.seeds.map((seed) => evaluateSeed(seed, sources));
  if (seedResults.length === 1) printSeedReport(seedResults[0] as SeedResult);
  else printRangeReport(seedResults);
  if (options.jsonPath !== undefined) {
    const judged = seedResults.flatMap(({ results }) => collectJudged(results, 'best'));
    const report = {
      data: { path: path.relative(repoRoot, dataDir), attribution: ATTRIBUTION },
      flagBelow: DOUBTFUL_BELOW,
      best: { flags: countFlags(judged), reliability: tabulateReliability(judged) },
      seeds: seedResults.map(describeSeed),
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
