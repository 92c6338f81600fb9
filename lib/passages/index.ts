import 'server-only';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isValidName, loadPassage, passageFiles, resolveContentDir, resolvePassagesDir, type Passage } from '@/lib/content';
import { contentRecheckMs, getGlossary, getGlossaryLinker } from '@/lib/content/server';
import { createGlossaryLinker, type GlossaryEntry, type GlossaryLinker } from '@/lib/glossary';
import type { Database } from '@/lib/db';
import type { ClassroomContext, PassageKey } from '@/lib/classroom';
import { getPassageForReader, loadTeacherPassage, mergeGlossary } from './teacher';

export {
  deleteTeacherPassage,
  getPassageForReader,
  listTeacherPassages,
  mergeGlossary,
  saveTeacherPassage,
} from './teacher';
export type { SaveTeacherPassageRefusal, TeacherPassage, TeacherPassageSummary } from './teacher';
export { allowProposal, proposalRule, proposeForTeacher } from './propose';

/**
 * A passage an assignment can name, wherever it lives: the curated library's files or a
 * teacher's own passage in the database. These reads check nobody: callers decide first who
 * may see the passage (the library is public; a teacher passage through its owner or an assignment).
 */
export async function readPassage(db: Database, key: PassageKey): Promise<Passage | null> {
  if (key.source === 'library') return readLibraryPassage(key.ref);
  return (await loadTeacherPassage(db, key.ref))?.passage ?? null;
}

/**
 * A passage the asker may read, by the reader's rules: any library passage, for anyone; a teacher
 * passage for its owner and for the students of a class it is assigned to. Anything else is null,
 * like a passage that does not exist, so that a guessed id tells nothing.
 */
export async function readPassageForReader(context: ClassroomContext, key: PassageKey): Promise<Passage | null> {
  if (key.source === 'library') return readLibraryPassage(key.ref);
  const found = await getPassageForReader(context, key.ref);
  return found.ok ? found.value.passage : null;
}

const parsedLibraryPassages = new Map<string, { version: string; checkedAt: number; passage: Promise<Passage | null> }>();

/** When a library passage's files last changed; an absent file counts, so a new one is noticed. */
async function libraryPassageVersion(slug: string): Promise<string> {
  const folder = path.join(resolvePassagesDir(resolveContentDir()), slug);
  const times = await Promise.all(
    passageFiles.map((name) =>
      stat(path.join(folder, name)).then(
        (found) => String(found.mtimeMs),
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return 'absent';
          throw error;
        },
      ),
    ),
  );
  return times.join('|');
}

// Every step of a student's work names its assignment's passage: parsing the files once per
// change, not once per request, is most of what a reveal or a draft costs.
async function readLibraryPassage(slug: string): Promise<Passage | null> {
  if (!isValidName(slug)) return null;
  const kept = parsedLibraryPassages.get(slug);
  if (kept && Date.now() - kept.checkedAt < contentRecheckMs) return kept.passage;
  const version = await libraryPassageVersion(slug);
  if (kept?.version === version) {
    kept.checkedAt = Date.now();
    return kept.passage;
  }
  const passage = loadPassage(slug);
  parsedLibraryPassages.set(slug, { version, checkedAt: Date.now(), passage });
  passage.catch(() => {
    if (parsedLibraryPassages.get(slug)?.passage === passage) parsedLibraryPassages.delete(slug);
  });
  return passage;
}

type LinkedGlossary = { entries: GlossaryEntry[]; linker: GlossaryLinker };

// Building a linker costs more than the rest of a page: one per teacher passage is kept while
// the library's parsed glossary (whose array is replaced when its files change) stays the same.
// A teacher passage is never changed once saved, so its id names its entries.
const teacherLinkers = new WeakMap<readonly GlossaryEntry[], Map<string, LinkedGlossary>>();
const teacherLinkersKept = 200;

/**
 * The glossary a passage's terms link to (the library's, plus a teacher passage's own entries,
 * hers first) and its linker, built once and reused while neither changes.
 */
export async function readPassageLinker(db: Database, key: PassageKey): Promise<LinkedGlossary> {
  const library = await getGlossary();
  if (key.source === 'library') return { entries: library, linker: await getGlossaryLinker() };
  const own = await loadTeacherPassage(db, key.ref);
  if (!own) return { entries: library, linker: await getGlossaryLinker() };
  const kept = teacherLinkers.get(library) ?? new Map<string, LinkedGlossary>();
  teacherLinkers.set(library, kept);
  const existing = kept.get(key.ref);
  if (existing) return existing;
  const entries = mergeGlossary(library, own.entries);
  const linked = { entries, linker: createGlossaryLinker(entries) };
  if (kept.size >= teacherLinkersKept) kept.delete(kept.keys().next().value as string);
  kept.set(key.ref, linked);
  return linked;
}
