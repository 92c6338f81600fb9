/**
 * Times both aligners on a 10,000-pair document built from the NTREX-128 development lines
 * (documents repeated in seeded random order, then merged and deleted as in eval:align), and
 * measures memory at 1k, 2k, 5k and 10k pairs, each in a fresh process.
 * Usage: npm run -s bench:align [-- --runs N --seed N]
 */
import { NTREX_ATTRIBUTION as ATTRIBUTION, readNtrexDocuments } from '@/lib/datasets';
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import {
  alignMethods,
  alignSentences,
  createRandom,
  perturbDocument,
  scoreAlignments,
  type AlignMethod,
  type PerturbedDocument,
} from '@/lib/align';

const DEFAULT_SEED = 20221128;
const DEFAULT_RUNS = 7;
const BENCH_PAIRS = 10_000;
const MEMORY_SIZES = [1_000, 2_000, 5_000, 10_000];
const WARM_UP_PAIRS = 300;

interface Options {
  runs: number;
  seed: number;
}

interface MemoryReport {
  pairs: number;
  /** Highest resident memory while aligning, above the resident memory just before. */
  peakRssGrowthMb: number;
  /** Resident memory just before aligning (after a warm-up on a small document). */
  baselineRssMb: number;
}

/** Runs in a worker thread: samples the process's resident memory while the main thread works. */
const RSS_SAMPLER = `
const { parentPort } = require('node:worker_threads');
let peak = process.memoryUsage.rss();
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 1);
parentPort.on('message', () => {
  clearInterval(timer);
  parentPort.postMessage(Math.max(peak, process.memoryUsage.rss()));
});
parentPort.postMessage('ready');
`;

const USAGE = 'usage: bench-align [--runs N] [--seed N]';

const HELP = `${USAGE}

Times both aligners on ${BENCH_PAIRS.toLocaleString('en')} sentence pairs (median wall and CPU time of N runs) and
measures the memory of 'best' at ${MEMORY_SIZES.map((size) => size.toLocaleString('en')).join(', ')} pairs.
  --runs   runs per aligner (default ${DEFAULT_RUNS})
  --seed   seed of the document order and its perturbation (default ${DEFAULT_SEED})
  --help   this text`;

/** A whole number from an option, or the usage as an error. */
function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number; ${USAGE}`);
  return Number(value);
}

/** The options, or undefined when --help asks for the usage instead. */
function parseOptions(args: string[]): Options | undefined {
  const { values } = parseArgs({
    args,
    options: { runs: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return undefined;
  const options: Options = {
    runs: parseCount('runs', values.runs, DEFAULT_RUNS),
    seed: parseCount('seed', values.seed, DEFAULT_SEED),
  };
  if (options.runs < 1) throw new Error('--runs must be at least 1');
  return options;
}

/** Whole documents in a new seeded order on each pass, so the text stays coherent but repeats. */
function buildBenchDocument(pairs: number, seed: number): PerturbedDocument {
  const documents = readNtrexDocuments();
  const random = createRandom(seed);
  const hi: string[] = [];
  const en: string[] = [];
  while (hi.length < pairs) {
    const order = documents.map((_, index) => index);
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] as number, order[index] as number];
    }
    for (const index of order) {
      const document = documents[index] as { hi: string[]; en: string[] };
      hi.push(...document.hi);
      en.push(...document.en);
    }
  }
  return perturbDocument(hi.slice(0, pairs), en.slice(0, pairs), random);
}

function computeMedian(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Ordinary least squares through (x, y) points. */
function fitLine(points: ReadonlyArray<readonly [number, number]>): { intercept: number; slope: number } {
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  const slope = variance === 0 ? 0 : covariance / variance;
  return { intercept: meanY - slope * meanX, slope };
}

function toMegabytes(bytes: number): number {
  return Math.round((bytes / 2 ** 20) * 10) / 10;
}

/**
 * In a child process: warm the aligner up on a small document, then align one of `pairs` pairs
 * while a worker thread samples resident memory, and report the peak growth.
 */
async function measureInChild(pairs: number, seed: number): Promise<void> {
  const warmUp = buildBenchDocument(WARM_UP_PAIRS, seed);
  alignSentences(warmUp.hi, warmUp.en);
  const document = buildBenchDocument(pairs, seed);
  const collect = globalThis.gc;
  if (collect === undefined) throw new Error('the memory child needs --expose-gc');
  collect();
  const sampler = new Worker(RSS_SAMPLER, { eval: true });
  await new Promise((resolve) => sampler.once('message', resolve));
  const baseline = process.memoryUsage.rss();
  const links = alignSentences(document.hi, document.en);
  const peak = await new Promise<number>((resolve) => {
    sampler.once('message', resolve);
    sampler.postMessage('stop');
  });
  await sampler.terminate();
  if (links.length === 0) throw new Error('no links');
  const report: MemoryReport = {
    pairs,
    peakRssGrowthMb: toMegabytes(peak - baseline),
    baselineRssMb: toMegabytes(baseline),
  };
  process.send?.(report);
}

function runChild(pairs: number, seed: number): Promise<MemoryReport> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--memory-child', String(pairs), String(seed)], {
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let report: MemoryReport | undefined;
    child.on('message', (message: MemoryReport) => {
      report = message;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && report !== undefined) resolve(report);
      else reject(new Error(`memory measurement for ${pairs} pairs failed (exit ${code})`));
    });
  });
}

function timeMethod(document: PerturbedDocument, method: AlignMethod, runs: number) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let f1Strict = 0;
  for (let run = 0; run < runs; run += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const links = alignSentences(document.hi, document.en, { method });
    wall.push(performance.now() - started);
    const { user, system } = process.cpuUsage(cpuBefore);
    cpu.push((user + system) / 1000);
    f1Strict = scoreAlignments([{ gold: document.gold, predicted: links }]).f1Strict;
  }
  return { first: wall[0] as number, wall: computeMedian(wall), cpu: computeMedian(cpu), f1Strict };
}

async function runBenchmark(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === undefined) {
    console.log(HELP);
    return;
  }
  const document = buildBenchDocument(BENCH_PAIRS, options.seed);
  console.log(`Aligner benchmark on NTREX-128 hi–en dev lines (${ATTRIBUTION})`);
  console.log(
    `${BENCH_PAIRS} pairs repeated in seeded order (seed ${options.seed}), perturbed: ` +
      `${document.hi.length} Hindi / ${document.en.length} English sentences; ${options.runs} runs each`,
  );
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} (other work slows the wall clock)`);
  for (const method of alignMethods) {
    const { first, wall, cpu, f1Strict } = timeMethod(document, method, options.runs);
    console.log(
      `  ${method.padEnd(12)} median ${wall.toFixed(0).padStart(5)} ms wall, ${cpu.toFixed(0).padStart(5)} ms CPU` +
        `   first run ${first.toFixed(0).padStart(5)} ms   strict F1 ${f1Strict.toFixed(3)}`,
    );
  }
  console.log('');
  console.log("Memory of 'best', one fresh process per size (resident memory sampled every 1 ms):");
  console.log('   pairs   peak growth while aligning   baseline');
  const reports: MemoryReport[] = [];
  for (const pairs of MEMORY_SIZES) {
    const report = await runChild(pairs, options.seed);
    reports.push(report);
    console.log(
      `  ${String(report.pairs).padStart(6)}   ${report.peakRssGrowthMb.toFixed(1).padStart(17)} MB` +
        `   ${report.baselineRssMb.toFixed(0).padStart(5)} MB`,
    );
  }
  const { intercept, slope } = fitLine(reports.map((report) => [report.pairs / 1000, report.peakRssGrowthMb]));
  console.log(`  least-squares line: ${intercept.toFixed(1)} MB + ${slope.toFixed(1)} MB per 1,000 pairs`);
}

if (process.argv[2] === '--memory-child') {
  measureInChild(Number(process.argv[3]), Number(process.argv[4])).catch((error: unknown) => {
    console.error(`bench-align: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
} else {
  runBenchmark().catch((error: unknown) => {
    console.error(`bench-align: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
