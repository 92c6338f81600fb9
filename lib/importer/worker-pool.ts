import path from 'node:path';
import { Piscina } from 'piscina';
import type { GlossaryEntry } from '@/lib/glossary';
import type { ImportTexts, ProposalResult } from './propose';
import type { ProposeTask } from './propose-worker';

/**
 * The bundled worker entry. It is built outside the app's bundle (scripts/build-workers.ts) so
 * that Next's server bundle and vitest load the very same file; SAHPATH_WORKERS_DIR moves it.
 */
export function resolveProposeWorkerFile(): string {
  const dir = process.env.SAHPATH_WORKERS_DIR?.trim() || path.join(process.cwd(), 'dist', 'workers');
  return path.join(dir, 'propose-worker.mjs');
}

// One pool per process, on globalThis so that module reloads in development do not start a second one.
const holder = globalThis as typeof globalThis & { sahpathProposePool?: Piscina<ProposeTask, ProposalResult> };

function proposePool(): Piscina<ProposeTask, ProposalResult> {
  holder.sahpathProposePool ??= new Piscina<ProposeTask, ProposalResult>({
    filename: resolveProposeWorkerFile(),
    // Alignment is CPU-bound: one thread per spare core at most, and the main thread keeps serving pages.
    minThreads: 0,
    maxThreads: 2,
    idleTimeout: 60_000,
  });
  return holder.sahpathProposePool;
}

/** proposeImport on a worker thread, so that a long alignment does not hold up other requests. */
export function proposeImportInWorker(texts: ImportTexts, glossary: readonly GlossaryEntry[]): Promise<ProposalResult> {
  return proposePool().run({ texts: { hi: texts.hi, en: texts.en, presplit: texts.presplit === true }, glossary });
}

/** Stops the pool's threads (tests and scripts end with it, so the process can exit). */
export async function closeProposePool(): Promise<void> {
  const pool = holder.sahpathProposePool;
  holder.sahpathProposePool = undefined;
  await pool?.close();
}
