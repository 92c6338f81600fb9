/**
 * Measures the reader page as a visitor gets it from a production build:
 * the JavaScript it loads (gzip bytes) and Largest Contentful Paint under 4× CPU throttling.
 * Usage: npm run bench:web [-- --runs 5 --path /en/read/<slug>]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium';

const budget = { javascriptGzipBytes: 120 * 1024, lcpMs: 1500 };

function readOption(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? (process.argv[index + 1] as string) : fallback;
}

const runs = Number(readOption('runs', '5'));
const pagePath = readOption('path', '/en/read/anthropic-safeguards-head-resigns');
const port = Number(readOption('port', '3200'));
const origin = `http://127.0.0.1:${port}`;

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // The server is not listening yet; try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server at ${url} did not answer within ${timeoutMs} ms`);
}

function readRootMainFiles(): string[] {
  const manifest: unknown = JSON.parse(readFileSync('.next/build-manifest.json', 'utf8'));
  const files = (manifest as { rootMainFiles?: unknown }).rootMainFiles;
  if (!Array.isArray(files) || !files.every((file): file is string => typeof file === 'string')) {
    throw new Error('.next/build-manifest.json has no rootMainFiles list');
  }
  return files;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) {
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await waitForServer(`${origin}${pagePath}`, 60_000);

    const html = await (await fetch(`${origin}${pagePath}`)).text();
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    const inlineGzip = gzipSync(Buffer.from(inlineScripts.join(''), 'utf8'), { level: 9 }).length;
    const htmlGzip = gzipSync(Buffer.from(html, 'utf8'), { level: 9 }).length;

    // What a modern browser really fetches: noModule polyfills are skipped, lazy chunks counted.
    const scriptBodies = new Map<string, Buffer>();
    const probe = await browser.newPage();
    probe.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scriptBodies.set(response.url(), await response.body());
    });
    await probe.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
    await probe.close();
    // The runtime every App Router page loads (React DOM, the router, the bundler's loader), told
    // apart from the page's own chunks so that the share the page itself adds is visible.
    const frameworkFiles = new Set(readRootMainFiles().map((file) => `/_next/${file}`));
    let externalGzip = 0;
    let externalRaw = 0;
    let frameworkGzip = 0;
    for (const [url, body] of scriptBodies) {
      const gzipBytes = gzipSync(body, { level: 9 }).length;
      externalRaw += body.length;
      externalGzip += gzipBytes;
      if (frameworkFiles.has(new URL(url).pathname)) frameworkGzip += gzipBytes;
    }

    const lcps: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
      await page.waitForTimeout(1000);
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      );
      lcps.push(lcp);
      await context.close();
    }

    const result = {
      page: pagePath,
      javascript: {
        files: scriptBodies.size,
        externalRawBytes: externalRaw,
        externalGzipBytes: externalGzip,
        frameworkRuntimeGzipBytes: frameworkGzip,
        pageChunksGzipBytes: externalGzip - frameworkGzip,
        inlineGzipBytes: inlineGzip,
      },
      htmlGzipBytes: htmlGzip,
      lcpMs: { runs: lcps.map(Math.round), median: Math.round(median(lcps)) },
      cpuThrottling: 4,
      budget,
    };
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `\nJavaScript (gzip): ${kb(externalGzip)} in ${result.javascript.files} files; budget ${kb(budget.javascriptGzipBytes)}: ${externalGzip <= budget.javascriptGzipBytes ? 'within' : 'OVER'}. Of these, ${kb(frameworkGzip)} is the runtime every App Router page loads and ${kb(externalGzip - frameworkGzip)} the page's own chunks. Inline scripts (the page's React Server Components payload): ${kb(inlineGzip)} more.`,
    );
    console.log(
      `LCP at 4× CPU slowdown, median of ${runs}: ${result.lcpMs.median} ms; budget ${budget.lcpMs} ms: ${result.lcpMs.median < budget.lcpMs ? 'within' : 'OVER'}`,
    );
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
