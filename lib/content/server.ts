import 'server-only';
import { cache } from 'react';
import { createGlossaryLinker, type GlossaryEntry, type GlossaryLinker } from '@/lib/glossary';
import { listPassages, listPassageSlugs, loadGlossary, loadPassage, readGlossaryVersion } from './index';

// React cache(): one read of the content files per request or per prerendered page.
export const getPassage = cache((slug: string) => loadPassage(slug));
export const getPassageSummaries = cache(() => listPassages());
export const getGlossary = cache(() => loadGlossaryOnce());
export const getGlossaryLinker = cache(async () => linkerFor(await getGlossary()));

let parsedGlossary: { version: string; checkedAt: number; entries: Promise<GlossaryEntry[]> } | undefined;

/** How long a parse is trusted before the files are looked at again: a stat of every entry costs as much as a request. */
export const contentRecheckMs = 2_000;

// Parsing every entry file is most of a page's work; the parse is kept while the files are unchanged.
async function loadGlossaryOnce(): Promise<GlossaryEntry[]> {
  if (parsedGlossary && Date.now() - parsedGlossary.checkedAt < contentRecheckMs) return parsedGlossary.entries;
  const version = await readGlossaryVersion();
  if (parsedGlossary?.version === version) {
    parsedGlossary.checkedAt = Date.now();
  } else {
    const entries = loadGlossary();
    parsedGlossary = { version, checkedAt: Date.now(), entries };
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
