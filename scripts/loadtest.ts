/**
 * A class of simulated students at once, over HTTP, against a production build: each joins with
 * the class code, opens the assignment, reveals a sentence, saves a draft and submits. Then the
 * database is asked whether every submission the server acknowledged is stored, exactly once.
 *
 *   npm run -s loadtest -- [--students 200] [--kill] [--instances 2] [--think MS] [--skip-build]
 *
 * One instance runs on the embedded database (PGlite, in a fresh folder). Two instances share one
 * PostgreSQL server: DATABASE_URL when set, else the local Debian cluster, started as .ci/run does.
 * --kill stops an instance with SIGKILL mid-run and starts it again; students retry what failed.
 * Every student is active for the whole run, pausing like a person between steps (--think, 5000 ms
 * on average, 0.5–1.5 times that at random; 0 sends every step at once).
 * The last line printed is one JSON object with the figures.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { pairsInRange, newJoinCode } from '../lib/classroom';
import { listPassageSlugs, loadPassage } from '../lib/content';
import { openDatabase, tables, type DatabaseConfig } from '../lib/db';
import { waitForAnswer } from '../tests/support/http';
import { findFreePortSync } from '../tests/support/ports';

const USAGE = 'usage: loadtest [--students N] [--kill] [--instances 1|2] [--think MS] [--skip-build]';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '200' },
    kill: { type: 'boolean', default: false },
    instances: { type: 'string', default: '1' },
    think: { type: 'string', default: '5000' },
    'skip-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

type Instance = { port: number; origin: string; process: ChildProcess; env: NodeJS.ProcessEnv; log: string };
type Seed = { joinCode: string; assignmentId: string; pairKeys: number[]; answer: string };
type StudentOutcome = { studentId: string | null; acknowledged: boolean };

const localAdminUrl = process.env.SAHPATH_TEST_POSTGRES_URL ?? 'postgres://sahpath:sahpath@127.0.0.1:5432/postgres';

function parseCount(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return value;
}

class UsageError extends Error {}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (error instanceof Error) return false;
    throw error;
  }
}

/** The local Debian cluster, started and given the project's role the way .ci/run does. */
function startLocalCluster(): void {
  const version = execFileSync('ls', ['/usr/lib/postgresql'], { encoding: 'utf8' }).trim().split('\n').sort().at(-1);
  if (!version) throw new Error('PostgreSQL is not installed: apt-get install postgresql, or set DATABASE_URL');
  execFileSync('bash', ['-c', `pg_ctlcluster ${version} main start || pg_ctlcluster ${version} main status`], { stdio: 'ignore' });
  execFileSync('su', [
    'postgres',
    '-c',
    `psql -qAtc "SELECT 1 FROM pg_roles WHERE rolname='sahpath'" | grep -q 1 || psql -qc "CREATE ROLE sahpath LOGIN SUPERUSER PASSWORD 'sahpath'"`,
  ]);
}

/** A database of its own for this run on the shared server, so earlier runs' rows cannot count. */
async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) return { url: configured, drop: async () => undefined };
  if (!(await canConnect(localAdminUrl))) startLocalCluster();
  const name = `sahpath_load_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: localAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(localAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: localAdminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/**
 * A teacher with two classes, each with the same assignment (read, translate two rows), written
 * straight into the database: one for the measured run, one for a student who warms the servers up.
 */
async function seed(config: DatabaseConfig): Promise<{ measured: Seed; warmUp: Seed }> {
  const [slug] = await listPassageSlugs();
  if (!slug) throw new Error('content/ holds no passage to assign');
  const passage = await loadPassage(slug);
  if (!passage) throw new Error(`passage ${slug} did not load`);
  const pairs = pairsInRange(passage, 0, 5);
  const translated = pairs.slice(0, 2);
  const opened = await openDatabase(config);
  const teacherId = `load-teacher-${randomBytes(4).toString('hex')}`;
  const makeClass = async (name: string): Promise<Seed> => {
    const classId = `load-class-${randomBytes(4).toString('hex')}`;
    const assignmentId = `load-assignment-${randomBytes(4).toString('hex')}`;
    const joinCode = newJoinCode();
    await opened.db.insert(tables.classroom).values({ id: classId, teacherId, name, joinCode });
    await opened.db.insert(tables.assignment).values({
      id: assignmentId,
      classId,
      passageSource: 'library',
      passageRef: slug,
      title: passage.title.en,
      firstSentence: 0,
      lastSentence: 5,
      instructions: 'Read and translate the first two sentences.',
      dueAt: new Date(Date.now() + 24 * 60 * 60_000),
      tasks: { read: true, translate: { direction: 'hi-en', sentences: translated.map((pair) => pair.key) }, quiz: false },
      quiz: [],
    });
    return { joinCode, assignmentId, pairKeys: translated.map((pair) => pair.key), answer: translated[0]?.en ?? 'A translation.' };
  };
  try {
    await opened.db.insert(tables.user).values({ id: teacherId, name: 'Load Teacher', email: `${teacherId}@example.org`, role: 'teacher' });
    return { measured: await makeClass('Load class'), warmUp: await makeClass('Warm-up class') };
  } finally {
    await opened.close();
  }
}

function startInstance(port: number, env: NodeJS.ProcessEnv, log: string): Instance {
  const output = openSync(log, 'a');
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', output, output],
    detached: true,
  });
  return { port, origin: `http://127.0.0.1:${port}`, process: child, env, log };
}

/** The end of an instance's log, for the reader to see why a request failed. */
function logTail(instance: Instance, lines = 30): string {
  return readFileSync(instance.log, 'utf8').split('\n').slice(-lines).join('\n');
}

async function ready(instance: Instance): Promise<void> {
  await waitForAnswer(`${instance.origin}/en`, 120_000, instance.process, `the app on port ${instance.port}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, signal);
}

async function stop(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once('exit', resolve));
  killGroup(instance.process, 'SIGTERM');
  await exited;
}

const durations: number[] = [];
const durationsByStep = new Map<string, number[]>();

function stepOf(method: string, pathName: string): string {
  const last = pathName.split('/').at(-1) ?? '';
  if (pathName.startsWith('/api/classroom/join')) return 'join';
  if (method === 'GET') return 'open the assignment';
  return last;
}

/** One request, retried while the server cannot be reached (it may be restarting after --kill). */
async function send(
  origins: () => string[],
  pick: number,
  pathName: string,
  init: { method: string; body?: unknown; cookie?: string },
): Promise<{ status: number; body: Record<string, unknown>; cookies: string[] }> {
  const deadline = Date.now() + 180_000;
  let attempt = 0;
  for (;;) {
    const list = origins();
    const origin = list[(pick + attempt) % list.length] as string;
    const started = performance.now();
    try {
      const response = await fetch(`${origin}${pathName}`, {
        method: init.method,
        headers: {
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(init.cookie ? { cookie: init.cookie } : {}),
          accept: 'application/json',
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        redirect: 'manual',
      });
      const text = await response.text();
      const duration = performance.now() - started;
      durations.push(duration);
      const step = stepOf(init.method, pathName);
      durationsByStep.set(step, [...(durationsByStep.get(step) ?? []), duration]);
      if (response.status >= 500) throw new RetryableStatus(response.status);
      const body = response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as Record<string, unknown>) : {};
      return { status: response.status, body, cookies: response.headers.getSetCookie() };
    } catch (error) {
      const retryable = error instanceof TypeError || error instanceof RetryableStatus;
      if (!retryable || Date.now() > deadline) throw error;
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, 250 + Math.random() * 250));
    }
  }
}

class RetryableStatus extends Error {
  constructor(status: number) {
    super(`answered ${status}`);
  }
}

function sessionCookie(cookies: string[]): string {
  const session = cookies.map((cookie) => cookie.split(';')[0] ?? '').find((pair) => pair.includes('session_token='));
  if (!session) throw new Error('the join answer set no session cookie');
  return session;
}

function pause(thinkMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
}

async function driveStudent(
  index: number,
  seedData: Seed,
  origins: () => string[],
  thinkMs: number,
  onSubmitted: () => void,
): Promise<StudentOutcome> {
  await pause(thinkMs);
  const joined = await send(origins, index, '/api/classroom/join', { method: 'POST', body: { code: seedData.joinCode, name: `Student ${index + 1}` } });
  if (joined.status !== 200) throw new Error(`join answered ${joined.status}: ${JSON.stringify(joined.body)}`);
  const studentId = String(joined.body.studentId);
  const cookie = sessionCookie(joined.cookies);
  // Every later request goes to the next instance: a session made on one must work on the other.
  const base = `/api/classroom/assignments/${seedData.assignmentId}`;
  await pause(thinkMs);
  const page = await send(origins, index + 1, `/en/study/assignments/${seedData.assignmentId}`, { method: 'GET', cookie });
  if (page.status !== 200) throw new Error(`the assignment page answered ${page.status}`);
  await pause(thinkMs);
  const revealed = await send(origins, index + 2, `${base}/reveals`, { method: 'POST', body: { sentence: seedData.pairKeys[0] }, cookie });
  if (revealed.status !== 200) throw new Error(`reveal answered ${revealed.status}: ${JSON.stringify(revealed.body)}`);
  const translations = Object.fromEntries(seedData.pairKeys.map((key) => [String(key), `${seedData.answer} (${index})`]));
  const answers = { translations, quiz: {} };
  await pause(thinkMs);
  const drafted = await send(origins, index + 3, `${base}/draft`, { method: 'PUT', body: { answers }, cookie });
  if (drafted.status !== 200) throw new Error(`draft answered ${drafted.status}: ${JSON.stringify(drafted.body)}`);
  await pause(thinkMs);
  const submitted = await send(origins, index + 4, `${base}/submit`, { method: 'POST', body: { answers }, cookie });
  // A retried submit whose first try was stored before the connection dropped answers 409:
  // the server is then confirming that the submission is kept.
  const acknowledged = submitted.status === 200 || (submitted.status === 409 && submitted.body.error === 'already-submitted');
  if (!acknowledged) throw new Error(`submit answered ${submitted.status}: ${JSON.stringify(submitted.body)}`);
  onSubmitted();
  return { studentId, acknowledged };
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] as number;
}

async function main(): Promise<void> {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const students = parseCount(values.students, 'students', 1, 5000);
  const instanceCount = parseCount(values.instances, 'instances', 1, 4);
  const thinkMs = parseCount(values.think, 'think', 0, 60_000);
  if (!values['skip-build']) execFileSync('npx', ['next', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

  const workDir = mkdtempSync(path.join(os.tmpdir(), 'sahpath-load-'));
  const postgres = instanceCount > 1 ? await freshPostgresDatabase() : null;
  const config: DatabaseConfig = postgres ? { kind: 'postgres', url: postgres.url } : { kind: 'pglite', dataDir: path.join(workDir, 'db') };
  const instances: Instance[] = [];
  try {
    const seeded = await seed(config);
    const seedData = seeded.measured;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      ...(postgres ? { DATABASE_URL: postgres.url } : { SAHPATH_DATA_DIR: path.join(workDir, 'db'), DATABASE_URL: '' }),
    };
    for (let number = 0; number < instanceCount; number += 1) {
      instances.push(startInstance(findFreePortSync(), env, path.join(workDir, `server-${number + 1}.log`)));
    }
    await Promise.all(instances.map(ready));
    const origins = () => instances.map((instance) => instance.origin);
    // A server's first requests load the glossary and warm the JIT: one student per instance goes
    // through every step first, on a class of its own, and those times are not counted.
    for (let number = 0; number < instanceCount; number += 1) await driveStudent(number, seeded.warmUp, origins, 0, () => undefined);
    durations.length = 0;
    durationsByStep.clear();

    let submittedCount = 0;
    let killed: Promise<void> | null = null;
    const killAt = Math.max(1, Math.floor(students / 3));
    const onSubmitted = () => {
      submittedCount += 1;
      if (values.kill && submittedCount === killAt && !killed) {
        const victim = instances[0] as Instance;
        killed = (async () => {
          const exited = new Promise((resolve) => victim.process.once('exit', resolve));
          killGroup(victim.process, 'SIGKILL');
          await exited;
          const restarted = startInstance(victim.port, victim.env, victim.log);
          instances[0] = restarted;
          await ready(restarted);
        })();
      }
    };

    const started = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: students }, (_, index) => driveStudent(index, seedData, origins, thinkMs, onSubmitted)),
    );
    const elapsedSeconds = (performance.now() - started) / 1000;
    if (killed) await killed;
    const failures = outcomes.filter((outcome) => outcome.status === 'rejected');
    for (const failure of failures.slice(0, 5)) console.error(`a student failed: ${String(failure.reason)}`);
    if (failures.length > 0) for (const instance of instances) console.error(`${instance.origin} logged:\n${logTail(instance)}`);
    const acknowledgedIds = outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' && outcome.value.acknowledged && outcome.value.studentId ? [outcome.value.studentId] : [],
    );

    await Promise.all(instances.map(stop));
    const check = await openDatabase(config);
    let stored: number;
    let duplicates: number;
    let lost: number;
    try {
      const rows = await check.db
        .select({ studentId: tables.submission.studentId, copies: sql<number>`count(*)::int` })
        .from(tables.submission)
        .where(and(eq(tables.submission.assignmentId, seedData.assignmentId), eq(tables.submission.status, 'submitted')))
        .groupBy(tables.submission.studentId);
      const storedIds = new Set(rows.map((row) => row.studentId));
      stored = rows.length;
      duplicates = rows.reduce((sum, row) => sum + Math.max(0, row.copies - 1), 0);
      lost = acknowledgedIds.filter((id) => !storedIds.has(id)).length;
    } finally {
      await check.close();
    }

    const sorted = [...durations].sort((a, b) => a - b);
    for (const [step, list] of durationsByStep) {
      const ordered = [...list].sort((a, b) => a - b);
      console.log(`${step}: p50 ${Math.round(percentile(ordered, 0.5))} ms, p95 ${Math.round(percentile(ordered, 0.95))} ms (${list.length})`);
    }
    console.log(
      `${instanceCount} instance(s) on ${config.kind}${values.kill ? ', one killed with SIGKILL mid-run and restarted' : ''}; ` +
        `${failures.length} student(s) could not finish`,
    );
    console.log(
      JSON.stringify({
        students,
        acknowledged: acknowledgedIds.length,
        stored,
        duplicates,
        lost,
        p50_ms: Math.round(percentile(sorted, 0.5)),
        p95_ms: Math.round(percentile(sorted, 0.95)),
        requests_per_s: Number((durations.length / elapsedSeconds).toFixed(1)),
      }),
    );
  } finally {
    for (const instance of instances) killGroup(instance.process, 'SIGKILL');
    await postgres?.drop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
