import 'server-only';
import { loadGlossary, loadPassage, type Passage } from '@/lib/content';
import type { GlossaryEntry } from '@/lib/glossary';
import type { Database } from '@/lib/db';
import type { PassageKey } from '@/lib/classroom';
import { loadTeacherPassage, mergeGlossary } from './teacher';

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
  if (key.source === 'library') return loadPassage(key.ref);
  return (await loadTeacherPassage(db, key.ref))?.passage ?? null;
}

/** The glossary a passage's terms link to: the library's, plus a teacher passage's own entries. */
export async function readPassageGlossary(db: Database, key: PassageKey): Promise<GlossaryEntry[]> {
  const library = await loadGlossary();
  if (key.source === 'library') return library;
  const own = await loadTeacherPassage(db, key.ref);
  return own ? mergeGlossary(library, own.entries) : library;
}
