/**
 * How fast unknown addresses answer their 404, on a built app: each address's first request and
 * the median of the ones after, beside the library page in the same run.
 * Usage: npm run build && npm run -s bench:not-found [-- --port N --repeat N]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { timeRequest, waitForAnswer } from '../tests/support/http';
import { median } from './bench-web-figures';
import { findFreePortSync, isPortTaken } from '../tests/support/ports';

const USAGE = 'usage: bench:not-found [--port N] [--repeat N]   (after npm run build)';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    repeat: { type: 'string', default: '10' },
    help: { type: 'boolean', default: false },
  },
});

const unknownAddresses = [
  '/en/no-such-page',
  '/hi/a/b/c',
  '/en/read/no-such-passage',
  '/hi/read/no-such-passage/deeper',
  '/en/glossary/no-such-entry',
  '/hi/glossary/Not_A_Valid_Id',
  '/en/glossary/x/y',
];

const BUDGET_MS = 200;

async function main(): Promise<void> {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a whole number of at least 1; ${USAGE}`);
  if (!existsSync('.next/BUILD_ID')) throw new Error(`there is no build: run npm run build first; ${USAGE}`);
  const port = values.port ? Number(values.port) : findFreePortSync();
  if (!Number.isInteger(port) || port <= 0) throw new Error(`--port must be a port number; ${USAGE}`);
  if (await isPortTaken(port)) throw new Error(`port ${port} is already taken: stop what runs there or pass --port`);

  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', detached: true });
  try {
    await waitForAnswer(`${origin}/en`, 60_000, server, 'next start');
    const libraryTimes: number[] = [];
    for (let i = 0; i < repeat; i += 1) libraryTimes.push(await timeRequest(`${origin}/en`, 200));
    const rows = [];
    for (const address of unknownAddresses) {
      const firstMs = await timeRequest(`${origin}${address}`, 404);
      const after: number[] = [];
      for (let i = 0; i < repeat; i += 1) after.push(await timeRequest(`${origin}${address}`, 404));
      rows.push({ address, firstMs: Math.round(firstMs), medianMs: Math.round(median(after)) });
    }
    const slowestFirst = Math.max(...rows.map((row) => row.firstMs));
    const slowestMedian = Math.max(...rows.map((row) => row.medianMs));
    const libraryMs = median(libraryTimes);
    console.log(JSON.stringify({ budgetMs: BUDGET_MS, libraryMedianMs: Math.round(libraryMs), rows }, null, 2));
    console.log(
      `404s: slowest first request ${slowestFirst} ms, slowest median ${slowestMedian} ms ` +
        `(budget ${BUDGET_MS} ms: ${slowestFirst <= BUDGET_MS ? 'within' : 'OVER'}); ` +
        `the library page's median ${Math.round(libraryMs)} ms in the same run.`,
    );
  } finally {
    // next start runs in a process group of its own: end all of it, unless it already ended.
    if (server.pid && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
