/**
 * Whether a long proposal holds up other requests, on a built app: the library page's times while
 * nothing else runs and while a 20,000-character text is aligned, beside the proposal's own time.
 * Usage: npm run build && npm run -s bench:propose [-- --port N --chars N]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAuth, readAuthSecret } from '@/lib/auth';
import { openDatabase } from '@/lib/db';
import { resolveProposeWorkerFile } from '@/lib/importer';
import { timeRequest, waitForAnswer } from '../tests/support/http';
import { median } from './bench-web-figures';
import { findFreePortSync, isPortTaken } from '../tests/support/ports';

const USAGE = 'usage: bench:propose [--port N] [--chars N]   (after npm run build)';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    chars: { type: 'string', default: '20000' },
    help: { type: 'boolean', default: false },
  },
});

/** The seed passage's texts, repeated until each side has at least `chars` characters. */
function longTexts(chars: number): { hi: string; en: string } {
  const folder = path.join('content', 'passages', 'anthropic-safeguards-head-resigns');
  const grow = (file: string) => {
    const text = readFileSync(path.join(folder, file), 'utf8');
    let grown = text;
    while (grown.length < chars) grown += `\n\n${text}`;
    return grown;
  };
  return { hi: grow('hi.txt'), en: grow('en.txt') };
}

/** A teacher account in the data folder the server will open, and the cookie of her session. */
async function signUpTeacher(dataDir: string, origin: string): Promise<string> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    const auth = createAuth({ db: database.db, secret: await readAuthSecret(database.db), baseURL: origin });
    const response = await auth.api.signUpEmail({
      body: { name: 'Bench Teacher', email: 'bench@example.org', password: 'correct horse battery' },
      asResponse: true,
    });
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error('signing the bench teacher up gave no session cookie');
    return cookie;
  } finally {
    await database.close();
  }
}

/** The id Next gave the import page's proposal action in this build. */
function findProposeActionId(): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.exportedName === 'proposeImportAction' && action.filename?.endsWith('import/actions.ts'),
  );
  if (!found) throw new Error('the build has no proposeImportAction');
  return found[0];
}

async function propose(origin: string, actionId: string, cookie: string, texts: { hi: string; en: string }): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${origin}/en/import`, {
    method: 'POST',
    headers: {
      'Next-Action': actionId,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: origin,
      Cookie: cookie,
    },
    body: JSON.stringify(['en', { ...texts, presplit: false }]),
  });
  const body = await response.text();
  if (!response.ok || !body.includes('"ok":true')) throw new Error(`the proposal failed (${response.status}): ${body.slice(0, 300)}`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const chars = Number(values.chars);
  if (!Number.isInteger(chars) || chars < 100) throw new Error(`--chars must be a whole number of at least 100; ${USAGE}`);
  if (!existsSync('.next/BUILD_ID')) throw new Error(`there is no build: run npm run build first; ${USAGE}`);
  if (!existsSync(resolveProposeWorkerFile())) throw new Error(`the worker is not built: run npm run build first; ${USAGE}`);
  const port = values.port ? Number(values.port) : findFreePortSync();
  if (!Number.isInteger(port) || port <= 0) throw new Error(`--port must be a port number; ${USAGE}`);
  if (await isPortTaken(port)) throw new Error(`port ${port} is already taken: stop what runs there or pass --port`);

  const origin = `http://127.0.0.1:${port}`;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'sahpath-bench-propose-'));
  const dataDir = path.join(workDir, 'db');
  const cookie = await signUpTeacher(dataDir, origin);
  const actionId = findProposeActionId();
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, SAHPATH_DATA_DIR: dataDir },
  });
  try {
    await waitForAnswer(`${origin}/en`, 60_000, server, 'next start');
    // The first proposal starts a worker and loads the pronouncing dictionary: not what is measured.
    await propose(origin, actionId, cookie, { hi: 'यह एक बैटरी है।', en: 'This is a battery.' });
    const idle: number[] = [];
    for (let i = 0; i < 10; i += 1) idle.push(await timeRequest(`${origin}/en`));

    const texts = longTexts(chars);
    let proposing = true;
    const proposal = propose(origin, actionId, cookie, texts).finally(() => {
      proposing = false;
    });
    const during: number[] = [];
    while (proposing) {
      during.push(await timeRequest(`${origin}/en`));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const proposalMs = await proposal;
    const figures = {
      chars: { hi: texts.hi.length, en: texts.en.length },
      proposalMs: Math.round(proposalMs),
      libraryIdleMedianMs: Math.round(median(idle)),
      libraryDuring: {
        requests: during.length,
        medianMs: Math.round(median(during)),
        slowestMs: Math.round(Math.max(...during)),
      },
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `a ${texts.hi.length}-character proposal took ${figures.proposalMs} ms; meanwhile the library page answered ` +
        `${during.length} times, median ${figures.libraryDuring.medianMs} ms, slowest ${figures.libraryDuring.slowestMs} ms ` +
        `(median ${figures.libraryIdleMedianMs} ms when idle).`,
    );
  } finally {
    // next start runs in a process group of its own: end all of it, unless it already ended.
    if (server.pid && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
