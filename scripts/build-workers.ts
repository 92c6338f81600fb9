import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles the worker threads' entry files into dist/workers/, outside Next's server bundle: a
 * worker is loaded by file name at run time, and this file is the same for `next start` and the
 * tests. Packages stay in node_modules, as the app's own server code leaves them.
 */
export async function buildWorkers(outdir = path.join(root, 'dist', 'workers')): Promise<string[]> {
  const entries = { 'propose-worker': path.join(root, 'lib/importer/propose-worker.ts') };
  await build({
    entryPoints: entries,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  return Object.keys(entries).map((name) => path.join(outdir, `${name}.mjs`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWorkers().then(
    (files) => console.log(files.map((file) => path.relative(root, file)).join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
