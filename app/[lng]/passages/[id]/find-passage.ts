import 'server-only';
import { cache } from 'react';
import { getActor } from '@/lib/auth/server';
import { getDb } from '@/lib/db/server';
import { getPassageForReader, readPassageLinker } from '@/lib/passages';

// React cache(): the page and its metadata ask once per request who is reading and what they may read.
export const findReadablePassage = cache(async (id: string) => {
  const [actor, db] = await Promise.all([getActor(), getDb()]);
  const found = await getPassageForReader({ db, actor }, id);
  if (!found.ok) return null;
  const { entries, linker } = await readPassageLinker(db, { source: 'teacher', ref: id });
  return { ...found.value, glossary: entries, linker };
});
