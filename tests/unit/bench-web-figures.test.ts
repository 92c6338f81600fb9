import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_PATH,
  DEFAULT_PORT,
  DEFAULT_RUNS,
  alternate,
  isErrorShell,
  isFromBuild,
  measureInlineScripts,
  median,
  parseBenchWebOptions,
  readLayoutChunks,
  readRootMainFiles,
  splitScriptTiers,
  subtractScripts,
  type LoadedScript,
} from '@/scripts/bench-web-figures';

describe('parseBenchWebOptions', () => {
  it('falls back to the reader, five runs and the fixed port', () => {
    expect(parseBenchWebOptions([])).toEqual({
      pagePath: DEFAULT_PAGE_PATH,
      runs: DEFAULT_RUNS,
      port: DEFAULT_PORT,
      jsonFile: undefined,
    });
  });

  it('reads every option', () => {
    expect(parseBenchWebOptions(['--runs', '3', '--port', '4100', '--path', '/hi', '--json', 'out.json'])).toEqual({
      pagePath: '/hi',
      runs: 3,
      port: 4100,
      jsonFile: 'out.json',
    });
  });

  it('answers help before looking at anything else', () => {
    expect(parseBenchWebOptions(['--runs', '0', '--help'])).toBe('help');
  });

  it.each([
    [['--runs', '0'], '--runs must be a whole number from 1 to 100, got "0"'],
    [['--runs', '2.5'], '--runs must be a whole number'],
    [['--port', '70000'], '--port must be a whole number from 1 to 65535, got "70000"'],
    [['--path', 'en/read'], '--path must start with "/"'],
    [['extra'], 'unexpected argument "extra"'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j', (args, message) => {
    expect(() => parseBenchWebOptions(args)).toThrow(message);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('readRootMainFiles', () => {
  it('gives URL paths of the runtime files', () => {
    const manifest = JSON.stringify({ rootMainFiles: ['static/chunks/a.js', 'static/chunks/turbopack-b.js'] });
    expect([...readRootMainFiles(manifest)]).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/turbopack-b.js']);
  });

  it('refuses a manifest without them', () => {
    expect(() => readRootMainFiles(JSON.stringify({ pages: {} }))).toThrow();
  });
});

function manifestSource(route: string, entryJSFiles: Record<string, string[]>): string {
  return `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify({ moduleLoading: { prefix: '' }, clientModules: {}, entryJSFiles })};`;
}

describe('readLayoutChunks', () => {
  it('keeps the chunks of layouts and boundaries, not those only a page loads', () => {
    const reader = manifestSource('/[lng]/read/[slug]/page', {
      '[project]/node_modules/next/dist/client/components/builtin/not-found': ['static/chunks/next.js'],
      '[project]/app/[lng]/layout': ['static/chunks/layout.js'],
      '[project]/app/[lng]/not-found': ['static/chunks/layout.js'],
      '[project]/app/[lng]/read/[slug]/page': ['static/chunks/layout.js', 'static/chunks/reader.js'],
    });
    const glossary = manifestSource('/[lng]/glossary/page', {
      '[project]/app/[lng]/layout': ['static/chunks/layout.js'],
      '[project]/app/[lng]/glossary/page': ['static/chunks/glossary.js'],
    });
    expect([...readLayoutChunks([reader, glossary])].sort()).toEqual([
      '/_next/static/chunks/layout.js',
      '/_next/static/chunks/next.js',
    ]);
  });

  it('refuses a file that is not a client reference manifest', () => {
    expect(() => readLayoutChunks(['globalThis.__RSC_MANIFEST = { "/page": { clientModules: {} } };'])).toThrow();
  });
});

const script = (path: string, gzipBytes: number): LoadedScript => ({ path, gzipBytes });

describe('splitScriptTiers', () => {
  it('puts each script in one tier, runtime first, then layouts, then the page', () => {
    const loaded = [script('/runtime.js', 100), script('/layout.js', 10), script('/both.js', 5), script('/page.js', 1)];
    const tiers = splitScriptTiers(loaded, new Set(['/runtime.js', '/both.js']), new Set(['/layout.js', '/both.js']));
    expect(tiers.runtime).toEqual({ files: [script('/both.js', 5), script('/runtime.js', 100)], gzipBytes: 105 });
    expect(tiers.layout).toEqual({ files: [script('/layout.js', 10)], gzipBytes: 10 });
    expect(tiers.page).toEqual({ files: [script('/page.js', 1)], gzipBytes: 1 });
    expect(tiers.total.gzipBytes).toBe(116);
  });
});

describe('subtractScripts', () => {
  it('keeps what the page loads and the baseline does not, by URL path', () => {
    const page = [script('/runtime.js', 100), script('/reader.js', 7), script('/prefetched.js', 3)];
    const baseline = [script('/runtime.js', 100), script('/not-found-only.js', 2)];
    expect(subtractScripts(page, baseline)).toEqual({
      files: [script('/prefetched.js', 3), script('/reader.js', 7)],
      gzipBytes: 10,
    });
  });
});

describe('measureInlineScripts', () => {
  it('counts the RSC payload apart from the other inline scripts and leaves external scripts out', () => {
    const payload = 'self.__next_f.push([1,"0:{}"])'.repeat(50);
    const other = '$RC=function(){};'.repeat(50);
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><script>${other}</script><script>${payload}</script></body></html>`;
    const measured = measureInlineScripts(html);
    expect(measured.payloadGzipBytes).toBeGreaterThan(20);
    expect(measured.allGzipBytes).toBeGreaterThan(measured.payloadGzipBytes);
    expect(measureInlineScripts(`<script src="/a.js"></script><script>${other}</script>`).payloadGzipBytes).toBe(
      measureInlineScripts('').payloadGzipBytes,
    );
  });
});

describe('isFromBuild', () => {
  it('finds the build ID as Next writes it into the payload of the HTML', () => {
    const html = '<script>self.__next_f.push([1,"0:{\\"P\\":null,\\"b\\":\\"abc123\\",\\"c\\":[]}"])</script>';
    expect(isFromBuild(html, 'abc123')).toBe(true);
    expect(isFromBuild(html, 'other')).toBe(false);
    expect(isFromBuild('<html><body>Directory listing</body></html>', 'abc123')).toBe(false);
  });
});

describe('isErrorShell', () => {
  it("tells Next's error shell from a rendered page", () => {
    expect(isErrorShell('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>')).toBe(true);
    expect(isErrorShell('<!DOCTYPE html><html lang="en" class="x"><body><h1>Page not found</h1></body></html>')).toBe(false);
  });
});

describe('alternate', () => {
  it('interleaves the page and the baseline, the page first', () => {
    expect(alternate('page', 'baseline', 3)).toEqual(['page', 'baseline', 'page', 'baseline', 'page', 'baseline']);
  });
});
