import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '@/lib/content';
import { closeProposePool, proposeImport, proposeImportInWorker, resolveProposeWorkerFile } from '@/lib/importer';
import { buildWorkers } from '../../scripts/build-workers';

const batteryHi = 'कंपनी ने नई बैटरी बनाई है।\nयह बैटरी बहुत सस्ती है।\nलोग इसे मोबाइल में लगाते हैं।';
const batteryEn = 'The company has made a new battery.\nThis battery is very cheap.\nPeople put it in their mobile.';

describe('proposals on a worker thread', () => {
  beforeAll(async () => {
    // The app's own build step: the worker runs the bundled file in dist/workers, not the test's sources.
    expect(await buildWorkers()).toEqual([resolveProposeWorkerFile()]);
  }, 60_000);
  afterAll(() => closeProposePool());

  it('proposes exactly what proposeImport does on the main thread', async () => {
    const glossary = await loadGlossary();
    const texts = { hi: batteryHi, en: batteryEn, presplit: true };
    const inWorker = await proposeImportInWorker(texts, glossary);
    expect(inWorker.ok).toBe(true);
    expect(inWorker).toEqual(proposeImport(texts, glossary));
  }, 60_000);

  it('answers the problems of texts that cannot be aligned', async () => {
    const result = await proposeImportInWorker({ hi: '', en: 'Only English.' }, []);
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'empty', side: 'hi' })] });
  });
});
