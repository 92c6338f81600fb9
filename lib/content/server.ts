import 'server-only';
import { cache } from 'react';
import { createGlossaryLinker } from '@/lib/glossary';
import { listPassages, listPassageSlugs, loadGlossary, loadPassage } from './index';

// React cache(): one read of the content files per request or per prerendered page.
export const getPassage = cache((slug: string) => loadPassage(slug));
export const getPassageSummaries = cache(() => listPassages());
export const getGlossary = cache(() => loadGlossary());
export const getGlossaryLinker = cache(async () => createGlossaryLinker(await getGlossary()));
export const getAllPassages = cache(async () => {
  const slugs = await listPassageSlugs();
  const passages = await Promise.all(slugs.map((slug) => getPassage(slug)));
  return passages.filter((passage) => passage !== null);
});
