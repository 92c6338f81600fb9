/**
 * The arithmetic of `bench:web`, apart from the server and the browser so that it can be tested:
 * options, the client reference manifests of a build, how loaded scripts are told apart
 * (framework runtime, layouts, the page's own) and the figures drawn from them.
 */
import { parseArgs } from 'node:util';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

export const DEFAULT_PORT = 3200;
export const DEFAULT_RUNS = 5;
export const DEFAULT_PAGE_PATH = '/en/read/anthropic-safeguards-head-resigns';

export const usage = `Usage: npm run bench:web [-- OPTIONS]

Measures, in a production build served by \`next start\`, what a page adds to a bare page of the
app: its own JavaScript (budget 10 KB gzip), its HTML and inline payload bytes, and its Largest
Contentful Paint at 4x CPU slowdown, loaded alternately with the bare page.

Options:
  --path PATH   the page to measure (default ${DEFAULT_PAGE_PATH})
  --runs N      page loads of each page for LCP (default ${DEFAULT_RUNS})
  --port N      port for the server it starts; it refuses to run if the port is taken (default ${DEFAULT_PORT})
  --json FILE   also write the result to FILE
  --help        show this help`;

export interface BenchWebOptions {
  pagePath: string;
  runs: number;
  port: number;
  jsonFile: string | undefined;
}

function parseWholeNumber(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return Number(text);
}

/** The options, or `'help'` when help was asked for; throws with a clear message on bad input. */
export function parseBenchWebOptions(args: readonly string[]): BenchWebOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      path: { type: 'string', default: DEFAULT_PAGE_PATH },
      runs: { type: 'string', default: String(DEFAULT_RUNS) },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      json: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  if (!values.path.startsWith('/')) throw new Error(`--path must start with "/", got "${values.path}"`);
  return {
    pagePath: values.path,
    runs: parseWholeNumber('runs', values.runs, 1, 100),
    port: parseWholeNumber('port', values.port, 1, 65535),
    jsonFile: values.json,
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, { level: 9 }).length;
}

const rootMainFilesSchema = z.object({ rootMainFiles: z.array(z.string()).min(1) });

/** URL paths of the runtime every App Router page loads, from `.next/build-manifest.json`. */
export function readRootMainFiles(buildManifestJson: string): Set<string> {
  const manifest = rootMainFilesSchema.parse(JSON.parse(buildManifestJson));
  return new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
}

const clientReferenceManifestSchema = z.record(
  z.string(),
  z.object({ entryJSFiles: z.record(z.string(), z.array(z.string())) }),
);

/**
 * URL paths of the chunks that a route's layouts and boundaries (not-found, error) load, which
 * every page under them loads too, from the source of one or more
 * `.next/server/app/**\/page_client-reference-manifest.js` files. Next 16 lists, per route, the
 * chunks of each entry it renders: the page itself (an entry named `…/page`) and the rest.
 */
export function readLayoutChunks(manifestSources: readonly string[]): Set<string> {
  const chunks = new Set<string>();
  for (const source of manifestSources) {
    // The manifest is a script that assigns to globalThis.__RSC_MANIFEST: run it on its own.
    const sandbox: { __RSC_MANIFEST?: unknown } = {};
    runInNewContext(source, sandbox, { timeout: 1000 });
    const routes = clientReferenceManifestSchema.parse(sandbox.__RSC_MANIFEST);
    for (const route of Object.values(routes)) {
      for (const [entry, files] of Object.entries(route.entryJSFiles)) {
        if (entry.endsWith('/page')) continue;
        for (const file of files) chunks.add(`/_next/${file}`);
      }
    }
  }
  return chunks;
}

/** A script the page loaded: its URL path and its size gzipped. */
export interface LoadedScript {
  path: string;
  gzipBytes: number;
}

export interface ScriptGroup {
  files: LoadedScript[];
  gzipBytes: number;
}

function groupScripts(files: LoadedScript[]): ScriptGroup {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  return { files: sorted, gzipBytes: sorted.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

export interface ScriptTiers {
  runtime: ScriptGroup;
  layout: ScriptGroup;
  page: ScriptGroup;
  total: ScriptGroup;
}

/** Splits loaded scripts into the framework runtime, layout chunks and the rest, in that order of precedence. */
export function splitScriptTiers(
  loaded: readonly LoadedScript[],
  runtimeFiles: ReadonlySet<string>,
  layoutChunks: ReadonlySet<string>,
): ScriptTiers {
  const runtime = loaded.filter((script) => runtimeFiles.has(script.path));
  const layout = loaded.filter((script) => !runtimeFiles.has(script.path) && layoutChunks.has(script.path));
  const page = loaded.filter((script) => !runtimeFiles.has(script.path) && !layoutChunks.has(script.path));
  return { runtime: groupScripts(runtime), layout: groupScripts(layout), page: groupScripts(page), total: groupScripts([...loaded]) };
}

/** Scripts the page loads that the baseline does not load: what the page adds. */
export function subtractScripts(page: readonly LoadedScript[], baseline: readonly LoadedScript[]): ScriptGroup {
  const baselinePaths = new Set(baseline.map((script) => script.path));
  return groupScripts(page.filter((script) => !baselinePaths.has(script.path)));
}

export interface InlineScriptBytes {
  /** Every inline script of the HTML, gzipped together. */
  allGzipBytes: number;
  /** The React Server Components payload only: the `self.__next_f.push(…)` scripts, gzipped together. */
  payloadGzipBytes: number;
}

export function measureInlineScripts(html: string): InlineScriptBytes {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const payload = inline.filter((script) => script.includes('self.__next_f.push('));
  return { allGzipBytes: gzipSize(inline.join('')), payloadGzipBytes: gzipSize(payload.join('')) };
}

/** Whether `html` was rendered from the build with this ID (Next writes it into the RSC payload). */
export function isFromBuild(html: string, buildId: string): boolean {
  return html.includes(`\\"b\\":\\"${buildId}\\"`) || html.includes(`"b":"${buildId}"`);
}

/**
 * Whether Next answered with its error shell (`<html id="__next_error__">`, an empty body) and left
 * the page to be rendered in the browser from the RSC payload, as it does for a 404 rendered on
 * demand: such a page paints only once the runtime has run.
 */
export function isErrorShell(html: string): boolean {
  return /<html\b[^>]*\bid="__next_error__"/.test(html);
}

/** Alternates the two pages, starting with the page, so that both see the same load on a shared machine. */
export function alternate<T>(page: T, baseline: T, runs: number): T[] {
  return Array.from({ length: runs * 2 }, (_, index) => (index % 2 === 0 ? page : baseline));
}
