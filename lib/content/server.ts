import 'server-only';
import { cache } from 'react';
import { createGlossaryLinker, type GlossaryEntry, type GlossaryLinker } from '@/lib/glossary';
import { listPassages, listPassageSlugs, loadGlossary, loadPassage, readGlossaryVersion } from './index';

// React cache(): one read of the content files per request or per prerendered page.
export const getPassage = cache((slug: string) => loadPassage(slug));
export const getPassageSummaries = cache(() => listPassages());
export const getGlossary = cache(() => loadGlossaryOnce());
export const getGlossaryLinker = cache(async () => linkerFor(await getGlossary()));

let parsedGlossary: { version: string; entries: Promise<GlossaryEntry[]> } | undefined;

// Parsing every entry file is most of a page's work; the parse is kept while the files are unchanged.
async function loadGlossaryOnce(): Promise<GlossaryEntry[]> {
  const version = await readGlossaryVersion();
  if (parsedGlossary?.version !== version) {
    const entries = loadGlossary();
    parsedGlossary = { version, entries };
    // A failed parse is not kept: the next request reads the files again.
    entries.catch(() => {
      if (parsedGlossary?.entries === entries) parsedGlossary = undefined;
    });
  }
  return parsedGlossary.entries;
}

const linkers = new WeakMap<readonly GlossaryEntry[], GlossaryLinker>();

function linkerFor(entries: readonly GlossaryEntry[]): GlossaryLinker {
  const existing = linkers.get(entries);
  if (existing) return existing;
  const linker = createGlossaryLinker(entries);
  linkers.set(entries, linker);
  return linker;
}
export const getAllPassages = cache(async () => {
  const slugs = await listPassageSlugs();
  const passages = await Promise.all(slugs.map((slug) => getPassage(slug)));
  return passages.filter((passage) => passage !== null);
});
