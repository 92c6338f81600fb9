import 'server-only';
import { cache } from 'react';
import { getActor } from '@/lib/auth/server';
import { getGlossary } from '@/lib/content/server';
import { getDb } from '@/lib/db/server';
import { createGlossaryLinker } from '@/lib/glossary';
import { getPassageForReader, mergeGlossary } from '@/lib/passages';

// React cache(): the page and its metadata ask once per request who is reading and what they may read.
export const findReadablePassage = cache(async (id: string) => {
  const [actor, db] = await Promise.all([getActor(), getDb()]);
  const found = await getPassageForReader({ db, actor }, id);
  if (!found.ok) return null;
  const glossary = mergeGlossary(await getGlossary(), found.value.entries);
  return { ...found.value, glossary, linker: createGlossaryLinker(glossary) };
});
