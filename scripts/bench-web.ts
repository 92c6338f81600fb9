/**
 * Measures what a page (the reader by default) adds to a bare page of the app, as a visitor gets
 * both from a production build served by `next start`: JavaScript (gzip bytes) split into the
 * framework runtime, layout chunks and the page's own; HTML and inline RSC payload (gzip bytes);
 * Largest Contentful Paint at 4× CPU slowdown, the two pages loaded alternately in one run so
 * that both see the same load on a shared machine, and compared as a ratio.
 *
 * The bare page is BASELINE_PATH, an address no route serves: the `[...missing]` catch-all calls
 * notFound(), so Next renders `app/[lng]/not-found.tsx` inside the root layout (an address with
 * an unknown language, `/xx-bare`, is first redirected by the proxy to `/en/xx-bare`, the same
 * page). It loads the least any page of the app loads: Next's runtime (`rootMainFiles` of the
 * build manifest), Next's chunk of layout router and boundaries, and the root layout's chunk
 * (header, language switcher, footer), around a heading and two short lines. Anything less would
 * not be a page of this app (Next's own `/_not-found` has no root layout, and no address of the
 * app leads to it), and a route added only for the benchmark would change the build that is
 * shipped, so the bare page is this one.
 *
 * Its paint is not that of a server-rendered page, though: Next 16 answers a 404 rendered on
 * demand with its error shell (`<html id="__next_error__">`, an empty body) and the not-found page
 * only in the RSC payload, so the browser paints it after running the runtime. The benchmark
 * checks for that shell and says so beside the LCP ratio, which then compares the page's
 * server-rendered paint with a client-rendered one; the JavaScript figures are not affected.
 * It is also rendered on each request, unlike the prerendered reader: the time to first byte of
 * both is reported beside LCP.
 *
 * The page's own JavaScript is every script the page loads and the bare page does not (by URL):
 * its chunks, and what it fetches after load (lazy chunks, prefetches of the routes it links to).
 * noModule polyfills, which a modern browser skips, are not counted. Runtime and layout chunks are
 * named from the build's manifests, so their sizes are shown for both pages.
 *
 * The server is started here, on --port, and only if nothing listens there yet: the figures must
 * come from this build, never from someone else's server. The answer is checked to carry this
 * build's ID and the server process to be alive.
 *
 * Usage: npm run bench:web [-- --runs 5 --path /en/read/<slug> --port 3200 --json FILE] (--help)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { z } from 'zod';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { isPortTaken } from '../tests/support/ports';
import {
  alternate,
  gzipSize,
  isErrorShell,
  isFromBuild,
  measureInlineScripts,
  median,
  parseBenchWebOptions,
  readLayoutChunks,
  readRootMainFiles,
  splitScriptTiers,
  subtractScripts,
  usage,
  type BenchWebOptions,
  type LoadedScript,
  type ScriptTiers,
} from './bench-web-figures';

const BASELINE_PATH = '/en/bare-page';
/** The client reference manifest of the route that serves BASELINE_PATH. */
const BASELINE_ROUTE_MANIFEST = '.next/server/app/[lng]/[...missing]/page_client-reference-manifest.js';
const CPU_SLOWDOWN = 4;
const PAGE_OWN_JAVASCRIPT_BUDGET_GZIP_BYTES = 10 * 1024;
const SERVER_START_TIMEOUT_MS = 90_000;
/** LCP can still move while late content paints; it is read this long after the page has rendered. */
const LCP_SETTLE_MS = 1000;
const SCRIPTS_QUIET_MS = 2000;
const PAGE_TIMEOUT_MS = 30_000;

const nextBin = path.resolve('node_modules', 'next', 'dist', 'bin', 'next');

interface PageFigures {
  path: string;
  status: number;
  /** False when the HTML is Next's error shell and the page is rendered in the browser. */
  serverRendered: boolean;
  javascript: ScriptTiers;
  htmlGzipBytes: number;
  inlineScriptsGzipBytes: number;
  inlinePayloadGzipBytes: number;
  lcpMs: { runs: number[]; median: number };
  ttfbMs: { runs: number[]; median: number };
}

async function refuseIfPortTaken(port: number): Promise<boolean> {
  if (!(await isPortTaken(port))) return false;
  console.error(
    `Port ${port} on 127.0.0.1 is already in use. bench:web measures only a server it starts itself from this build; stop what listens there or choose another port with --port N.`,
  );
  return true;
}

function ensureBuild(): void {
  if (existsSync('.next/BUILD_ID')) return;
  console.error('No production build in .next: running next build first.');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('next build failed');
}

function findClientReferenceManifests(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page_client-reference-manifest.js')
    .map((file) => path.join(directory, file));
}

interface Server {
  child: ChildProcess;
  /** The end of what the server wrote to stderr, to explain a failure. */
  stderrTail: () => string;
}

function startServer(port: number): Server {
  // Its own process group, so that stopping it stops whatever it spawned as well.
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => {
    stderr = (stderr + text).slice(-2000);
  });
  return { child, stderrTail: () => stderr.trim() };
}

function stopServer(server: Server): void {
  if (server.child.pid === undefined || server.child.exitCode !== null || server.child.signalCode !== null) return;
  process.kill(-server.child.pid, 'SIGTERM');
}

function isRunning(server: Server): boolean {
  return server.child.exitCode === null && server.child.signalCode === null;
}

function serverExitMessage(server: Server): string {
  const how = server.child.exitCode !== null ? `with code ${server.child.exitCode}` : `on ${server.child.signalCode}`;
  const stderr = server.stderrTail();
  return `next start exited ${how}${stderr ? `:\n${stderr}` : ''}`;
}

/** Waits until our server answers `url` with a page of this build; fails if the server exits. */
async function waitForOwnServer(server: Server, url: string, buildId: string): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isRunning(server)) throw new Error(serverExitMessage(server));
    const html = await fetch(url).then(
      (response) => response.text(),
      (error: unknown) => {
        // fetch rejects with a TypeError while nothing listens yet; anything else is a real failure.
        if (error instanceof TypeError) return null;
        throw error;
      },
    );
    if (html !== null) {
      if (!isRunning(server)) throw new Error(`${url} answered, but ${serverExitMessage(server)}: the answer is not from our server`);
      if (!isFromBuild(html, buildId)) throw new Error(`${url} answered with a page that is not from the build in .next (${buildId})`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer ${url} within ${SERVER_START_TIMEOUT_MS} ms`);
}

async function measureDocument(url: string) {
  const response = await fetch(url);
  const html = await response.text();
  const inline = measureInlineScripts(html);
  return {
    status: response.status,
    serverRendered: !isErrorShell(html),
    htmlGzipBytes: gzipSize(html),
    inlineScriptsGzipBytes: inline.allGzipBytes,
    inlinePayloadGzipBytes: inline.payloadGzipBytes,
  };
}

/** Resolves once the body shows something, whether the server rendered it or the browser did. */
async function waitForRenderedBody(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.body.children].some(
        (element) => element instanceof HTMLElement && !element.hidden && !['SCRIPT', 'TEMPLATE', 'NOSCRIPT'].includes(element.tagName),
      ),
    undefined,
    { timeout: PAGE_TIMEOUT_MS },
  );
}

/**
 * The scripts a modern browser fetches for the page, lazy chunks and prefetches included: up to
 * SCRIPTS_QUIET_MS without a script request once the page has rendered. Network idle alone comes
 * too soon on a loaded machine, where the runtime may take longer than its 500 ms to ask for the
 * chunks a client-rendered page needs.
 */
async function collectScripts(browser: Browser, url: string): Promise<LoadedScript[]> {
  const page = await browser.newPage();
  try {
    const loads: Promise<LoadedScript>[] = [];
    let pendingScripts = 0;
    let lastScriptActivity = Date.now();
    const isScript = (request: Request) => request.resourceType() === 'script';
    page.on('request', (request) => {
      if (!isScript(request)) return;
      pendingScripts += 1;
      lastScriptActivity = Date.now();
    });
    const settle = (request: Request) => {
      if (!isScript(request)) return;
      pendingScripts -= 1;
      lastScriptActivity = Date.now();
    };
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    page.on('response', (response) => {
      if (!isScript(response.request())) return;
      const scriptPath = new URL(response.url()).pathname;
      loads.push(response.body().then((body) => ({ path: scriptPath, gzipBytes: gzipSize(body) })));
    });
    await page.goto(url, { waitUntil: 'load' });
    await waitForRenderedBody(page);
    const deadline = Date.now() + PAGE_TIMEOUT_MS;
    while (pendingScripts > 0 || Date.now() - lastScriptActivity < SCRIPTS_QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`${url} kept loading scripts for ${PAGE_TIMEOUT_MS} ms`);
      await page.waitForTimeout(100);
    }
    const scripts = await Promise.all(loads);
    return [...new Map(scripts.map((script) => [script.path, script])).values()];
  } finally {
    await page.close();
  }
}

interface Paint {
  lcpMs: number;
  ttfbMs: number;
}

/** One cold load (no cache, new context) at 4× CPU slowdown: LCP and time to first byte. */
async function measurePaint(browser: Browser, url: string): Promise<Paint> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load' });
    await waitForRenderedBody(page);
    await page.waitForTimeout(LCP_SETTLE_MS);
    const timing = await page.evaluate(
      () =>
        new Promise<Paint>((resolve) => {
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const ttfbMs = navigation?.responseStart ?? Number.NaN;
          // A page that painted nothing has no LCP entry, and the observer would never call back.
          const timer = setTimeout(() => resolve({ lcpMs: Number.NaN, ttfbMs }), 2000);
          new PerformanceObserver((list) => {
            clearTimeout(timer);
            const entries = list.getEntries();
            resolve({ lcpMs: entries[entries.length - 1]?.startTime ?? Number.NaN, ttfbMs });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    if (!Number.isFinite(timing.lcpMs)) throw new Error(`${url} reported no Largest Contentful Paint`);
    return timing;
  } finally {
    await context.close();
  }
}

function summarise(values: number[]) {
  return { runs: values.map(Math.round), median: Math.round(median(values)) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const fileCount = (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`;

function describeJavaScript(tiers: ScriptTiers): string {
  const part = (name: string, group: ScriptTiers['runtime']) => `${name} ${kb(group.gzipBytes)} (${fileCount(group.files.length)})`;
  return `${part('runtime', tiers.runtime)} + ${part('layouts', tiers.layout)} + ${part('page', tiers.page)} = ${kb(tiers.total.gzipBytes)}`;
}

async function benchmark(options: BenchWebOptions, server: Server, buildId: string) {
  const origin = `http://127.0.0.1:${options.port}`;
  const pageUrl = `${origin}${options.pagePath}`;
  const baselineUrl = `${origin}${BASELINE_PATH}`;
  await waitForOwnServer(server, pageUrl, buildId);

  const runtimeFiles = readRootMainFiles(readFileSync('.next/build-manifest.json', 'utf8'));
  const layoutChunks = readLayoutChunks(
    findClientReferenceManifests('.next/server/app').map((file) => readFileSync(file, 'utf8')),
  );

  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const pageDocument = await measureDocument(pageUrl);
    if (pageDocument.status !== 200) throw new Error(`${options.pagePath} answered ${pageDocument.status}, not 200`);
    const baselineDocument = await measureDocument(baselineUrl);
    if (baselineDocument.status !== 404) {
      throw new Error(`The bare page ${BASELINE_PATH} answered ${baselineDocument.status}, not 404: a route now serves it`);
    }
    // These unthrottled loads also warm the server, so that the timed loads below are alike.
    const pageScripts = await collectScripts(browser, pageUrl);
    const baselineScripts = await collectScripts(browser, baselineUrl);
    // Were any of these missed, they would be counted as the page's own.
    const baselineNeeds = [...runtimeFiles, ...readLayoutChunks([readFileSync(BASELINE_ROUTE_MANIFEST, 'utf8')])];
    const missed = baselineNeeds.filter((needed) => !baselineScripts.some((script) => script.path === needed));
    if (missed.length > 0) throw new Error(`The bare page was measured without ${missed.join(', ')}, which its route loads`);

    const paints: Record<'page' | 'baseline', Paint[]> = { page: [], baseline: [] };
    for (const which of alternate('page' as const, 'baseline' as const, options.runs)) {
      paints[which].push(await measurePaint(browser, which === 'page' ? pageUrl : baselineUrl));
    }
    if (!isRunning(server)) throw new Error(`${serverExitMessage(server)} while measuring`);

    const figures = (pagePath: string, document: typeof pageDocument, scripts: LoadedScript[], runs: Paint[]): PageFigures => ({
      path: pagePath,
      ...document,
      javascript: splitScriptTiers(scripts, runtimeFiles, layoutChunks),
      lcpMs: summarise(runs.map((run) => run.lcpMs)),
      ttfbMs: summarise(runs.map((run) => run.ttfbMs)),
    });
    const page = figures(options.pagePath, pageDocument, pageScripts, paints.page);
    const baseline = figures(BASELINE_PATH, baselineDocument, baselineScripts, paints.baseline);
    const pageOwn = subtractScripts(pageScripts, baselineScripts);
    return {
      buildId,
      next: z.object({ version: z.string() }).parse(JSON.parse(readFileSync('node_modules/next/package.json', 'utf8'))).version,
      cpuSlowdown: CPU_SLOWDOWN,
      runs: options.runs,
      pages: { page, baseline },
      pageOwnJavaScript: {
        ...pageOwn,
        budgetGzipBytes: PAGE_OWN_JAVASCRIPT_BUDGET_GZIP_BYTES,
        withinBudget: pageOwn.gzipBytes <= PAGE_OWN_JAVASCRIPT_BUDGET_GZIP_BYTES,
      },
      lcpRatio: Number((page.lcpMs.median / baseline.lcpMs.median).toFixed(2)),
    };
  } finally {
    await browser.close();
  }
}

type BenchWebResult = Awaited<ReturnType<typeof benchmark>>;

function report(result: BenchWebResult, machine: { cpus: number; loadBefore: number[]; loadAfter: number[] }): void {
  const { page, baseline } = result.pages;
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  console.log(
    [
      '',
      `Next ${result.next}, build ${result.buildId}. Page ${page.path}; bare page ${baseline.path} (the app's not-found page in the root layout, answered ${baseline.status}).`,
      `JavaScript (gzip), page:      ${describeJavaScript(page.javascript)}`,
      `JavaScript (gzip), bare page: ${describeJavaScript(baseline.javascript)}`,
      `The page's own JavaScript (loaded by the page, not by the bare page): ${kb(result.pageOwnJavaScript.gzipBytes)} in ${fileCount(result.pageOwnJavaScript.files.length)}; budget ${kb(result.pageOwnJavaScript.budgetGzipBytes)}: ${result.pageOwnJavaScript.withinBudget ? 'within' : 'OVER'}.`,
      `HTML (gzip): page ${kb(page.htmlGzipBytes)}, bare page ${kb(baseline.htmlGzipBytes)}. Inline RSC payload (gzip): page ${kb(page.inlinePayloadGzipBytes)}, bare page ${kb(baseline.inlinePayloadGzipBytes)} (all inline scripts: ${kb(page.inlineScriptsGzipBytes)} and ${kb(baseline.inlineScriptsGzipBytes)}).`,
      `LCP at ${result.cpuSlowdown}× CPU slowdown, median of ${result.runs} loads each, alternated: page ${page.lcpMs.median} ms, bare page ${baseline.lcpMs.median} ms, ratio ${result.lcpRatio} (time to first byte ${page.ttfbMs.median} and ${baseline.ttfbMs.median} ms).`,
      ...(baseline.serverRendered
        ? []
        : [
            `The bare page's HTML is Next's error shell with an empty body (a 404 rendered on demand): it paints only after the runtime has run, so the LCP ratio compares a server-rendered paint with a client-rendered one.`,
          ]),
      ...(page.serverRendered ? [] : [`The page's HTML is Next's error shell with an empty body: it is rendered in the browser.`]),
      `Load average of the machine (${machine.cpus} CPUs) before ${load(machine.loadBefore)}, after ${load(machine.loadAfter)}: absolute times follow the machine's load; compare the ratio.`,
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  let options: BenchWebOptions | 'help';
  try {
    options = parseBenchWebOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    console.log(usage);
    return;
  }
  if (await refuseIfPortTaken(options.port)) {
    process.exitCode = 1;
    return;
  }
  ensureBuild();
  // A build takes minutes: the port may have been taken meanwhile.
  if (await refuseIfPortTaken(options.port)) {
    process.exitCode = 1;
    return;
  }
  const buildId = readFileSync('.next/BUILD_ID', 'utf8').trim();
  const loadBefore = loadavg();
  const server = startServer(options.port);
  const stopOnSignal = (signal: NodeJS.Signals) => {
    stopServer(server);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const result = await benchmark(options, server, buildId);
    const machine = { cpus: cpus().length, loadBefore, loadAfter: loadavg() };
    const output = { ...result, machine };
    console.log(JSON.stringify(output, null, 2));
    if (options.jsonFile) writeFileSync(options.jsonFile, `${JSON.stringify(output, null, 2)}\n`);
    report(result, machine);
  } finally {
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
