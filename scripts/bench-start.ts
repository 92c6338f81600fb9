/**
 * Time from `npm start` on a checkout without a build to the app's first answer, and what the
 * long tail costs afterwards: a glossary entry page rendered on its first request, then served
 * from the cache. Usage: npm run -s bench:start [-- --port N --entry ID]
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { timeRequest, waitForAnswer } from '../tests/support/http';
import { findFreePortSync, isPortTaken } from '../tests/support/ports';

const USAGE = 'usage: bench:start [--port N] [--entry GLOSSARY_ID] [--keep-build]';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    entry: { type: 'string', default: 'safeguard' },
    'keep-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port ? Number(values.port) : findFreePortSync();
  if (!Number.isInteger(port) || port <= 0) throw new Error(`--port must be a port number; ${USAGE}`);
  if (await isPortTaken(port)) throw new Error(`port ${port} is already taken: stop what runs there or pass --port`);
  if (!values['keep-build']) rmSync('.next', { recursive: true, force: true });

  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForAnswer(`${origin}/en`, 15 * 60_000, server, 'npm start');
    const firstAnswerMs = performance.now() - started;
    const entryUrl = `${origin}/en/glossary/${values.entry}`;
    const entryFirstMs = await timeRequest(entryUrl);
    const entryCachedMs = await timeRequest(entryUrl);
    const result = {
      firstAnswerSeconds: Number((firstAnswerMs / 1000).toFixed(1)),
      glossaryEntry: { url: `/en/glossary/${values.entry}`, firstRequestMs: Math.round(entryFirstMs), cachedMs: Math.round(entryCachedMs) },
      budgetSeconds: 90,
    };
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `npm start answered after ${result.firstAnswerSeconds} s (budget 90 s: ${firstAnswerMs <= 90_000 ? 'within' : 'OVER'}); a glossary entry page took ${result.glossaryEntry.firstRequestMs} ms on its first request and ${result.glossaryEntry.cachedMs} ms after.`,
    );
  } finally {
    // npm start runs next in a process group of its own: end all of it, unless it already ended.
    if (server.pid && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
