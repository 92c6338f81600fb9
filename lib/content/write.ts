import { randomUUID } from 'node:crypto';
import { link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lock } from 'proper-lockfile';
import { stringify } from 'yaml';
import type { GlossaryEntry } from '@/lib/glossary';
import { checkContent } from './check';
import {
  isValidName,
  parsePassageSources,
  pathExists,
  readGlossary,
  readPassage,
  resolveContentDir,
  resolveGlossaryDir,
  resolvePassagesDir,
} from './load';
import { escapeSentenceStart, prefixOfKind } from './parse-text';
import type { ContentProblem, ParagraphKind, Passage, PassageMeta, TextLang } from './types';

export interface DraftSentence {
  text: string;
  /** Sentences with the same number share a paragraph; numbers rise through the text. */
  paragraph: number;
}

export interface PassageDraft extends PassageMeta {
  hi: DraftSentence[];
  en: DraftSentence[];
  links: ReadonlyArray<{ hi: readonly number[]; en: readonly number[] }>;
  /** Paragraph kinds by side and paragraph number; a paragraph not named is ordinary text. */
  kinds?: { hi?: Readonly<Record<number, ParagraphKind>>; en?: Readonly<Record<number, ParagraphKind>> };
}

const devanagari = /[\u0900-\u097F]/;
const latinLetter = /[A-Za-z]/;

/** The language a sentence is actually in, when it differs from its file's. */
function tagOf(text: string, fileLang: TextLang): string {
  if (fileLang === 'hi' && !devanagari.test(text) && latinLetter.test(text)) return '[en] ';
  if (fileLang === 'en' && devanagari.test(text) && !latinLetter.test(text)) return '[hi] ';
  return '';
}

/** One sentence per line, a blank line between paragraphs, kinds as line prefixes. */
export function serializeSentences(
  sentences: readonly DraftSentence[],
  lang: TextLang,
  kinds: Readonly<Record<number, ParagraphKind>> = {},
): string {
  const lines: string[] = [];
  let previous: number | undefined;
  for (const sentence of sentences) {
    if (previous !== undefined && sentence.paragraph !== previous) lines.push('');
    previous = sentence.paragraph;
    const text = sentence.text.replace(/\s+/g, ' ').trim();
    lines.push(`${prefixOfKind[kinds[sentence.paragraph] ?? 'text']}${tagOf(text, lang)}${escapeSentenceStart(text)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function serializeAlignment(links: PassageDraft['links']): string {
  const side = (indices: readonly number[]) => (indices.length === 0 ? '-' : indices.join(','));
  return `# hi\ten\n${links.map((link) => `${side(link.hi)}\t${side(link.en)}`).join('\n')}\n`;
}

export function serializePassageMeta(draft: PassageMeta): string {
  const { title, source, translation, added } = draft;
  return stringify({ title, source, translation, ...(added ? { added } : {}) }, { lineWidth: 100 });
}

export function serializeGlossaryEntry(entry: GlossaryEntry): string {
  const { id: _id, ...fields } = entry;
  return stringify(fields, { lineWidth: 100, collectionStyle: 'any' });
}

/** The four files a draft is saved as, by name; `added` defaults to `today` (YYYY-MM-DD). */
export function serializePassageDraft(draft: PassageDraft, today: string): Record<'hi.txt' | 'en.txt' | 'alignment.tsv' | 'passage.yaml', string> {
  return {
    'hi.txt': serializeSentences(draft.hi, 'hi', draft.kinds?.hi),
    'en.txt': serializeSentences(draft.en, 'en', draft.kinds?.en),
    'alignment.tsv': serializeAlignment(draft.links),
    'passage.yaml': serializePassageMeta({ ...draft, added: draft.added ?? today }),
  };
}

/**
 * The passage a draft becomes, exactly as if its files were saved and read back, with every problem
 * the reading finds; for passages that live outside content/ (in the database).
 */
export function buildPassage(draft: PassageDraft, today: string): { passage: Passage | null; problems: ContentProblem[] } {
  const { passage, problems } = parsePassageSources(draft.slug, serializePassageDraft(draft, today), (name) => `${draft.slug}/${name}`);
  return { passage, problems };
}

/**
 * Why a save was refused: callers word each in the user's language. 'busy': another save held the
 * content folder for longer than a save may wait.
 */
export type SaveRefusal = 'slug-taken' | 'entry-taken' | 'invalid' | 'busy';

export type SaveResult =
  | { ok: true; slug: string }
  | { ok: false; reason: SaveRefusal; problems: ContentProblem[]; entryId?: string };

type SaveFailure = Extract<SaveResult, { ok: false }>;

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}


/** The lock folder every save of a content folder holds, from any process (browser or command line). */
export const saveLockName = '.save.lock';
/**
 * A holder refreshes its lock's time every half of this; a lock older than this was left by a
 * process that died, and the next save takes it over. Two content checks of a large folder fit
 * well within it.
 */
export const saveLockStaleMs = 20_000;
/** Attempts spaced 100 ms to 1 s apart, for about 30 s: long enough to outwait a stale lock. */
const saveLockRetries = { retries: 35, minTimeout: 100, maxTimeout: 1_000, factor: 1.5 };

const stagingPrefix = '.staging-';

/** A save that may run only while its lock is held; it calls `assertLockHeld` before it moves anything into place. */
type LockedSave = (assertLockHeld: () => void) => Promise<SaveResult>;

/** The last save queued for each content folder in this process; the lock folder covers other processes. */
const queuedSaves = new Map<string, Promise<unknown>>();

/** Runs `save` alone: after this process's earlier saves of the folder, and holding the folder's lock. */
async function runAlone(contentDir: string, save: LockedSave): Promise<SaveResult> {
  const key = path.resolve(contentDir);
  const earlier = queuedSaves.get(key) ?? Promise.resolve();
  const run = earlier.then(() => runLocked(key, save));
  // The queue only orders saves; each caller receives its own save's outcome, errors included, from `run`.
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queuedSaves.set(key, settled);
  try {
    return await run;
  } finally {
    if (queuedSaves.get(key) === settled) queuedSaves.delete(key);
  }
}

async function runLocked(contentDir: string, save: LockedSave): Promise<SaveResult> {
  let lost: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lock(contentDir, {
      lockfilePath: path.join(contentDir, saveLockName),
      realpath: false,
      stale: saveLockStaleMs,
      retries: saveLockRetries,
      onCompromised: (error) => {
        lost = error;
      },
    });
  } catch (error) {
    if (errorCode(error) !== 'ELOCKED') throw error;
    const message = 'another save is still running; nothing was saved, try again';
    return { ok: false, reason: 'busy', problems: [{ file: `content/${saveLockName}`, line: 0, message }] };
  }
  const assertLockHeld = () => {
    if (lost) throw new Error(`the save lock of ${contentDir} was lost: ${lost.message}`);
  };
  try {
    await removeStagedLeftovers(contentDir);
    return await save(assertLockHeld);
  } finally {
    // A lost lock is another save's now: removing its folder would let a third one in.
    if (!lost) await release();
  }
}

/** Staged files are only ever present while their save holds the lock: any found now are a dead save's. */
async function removeStagedLeftovers(contentDir: string): Promise<void> {
  for (const dir of [resolvePassagesDir(contentDir), resolveGlossaryDir(contentDir)]) {
    const names = (await pathExists(dir)) ? await readdir(dir) : [];
    const leftovers = names.filter((name) => name.startsWith(stagingPrefix));
    await Promise.all(leftovers.map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
  }
}

/**
 * Saves a passage and its new glossary entries so that either all of it is in content/ and passes
 * the content check, or none of it is: files are written under hidden staging names, validated,
 * then moved into place, and removed again if the content check finds anything new. One save at a
 * time holds the content folder's lock, across processes; an entry file is linked into place,
 * which never replaces a file that exists, and a passage folder is never moved onto a full one.
 */
export async function savePassage(
  draft: PassageDraft,
  newEntries: readonly GlossaryEntry[] = [],
  contentDir = resolveContentDir(),
): Promise<SaveResult> {
  if (!isValidName(draft.slug)) {
    const message = 'the slug must be lower-case ASCII words joined by hyphens';
    return { ok: false, reason: 'invalid', problems: [{ file: `content/passages/${draft.slug}`, line: 0, message }] };
  }
  if (!(await pathExists(contentDir))) throw new Error(`the content folder ${contentDir} does not exist`);
  return runAlone(contentDir, (assertLockHeld) => savePassageLocked(draft, newEntries, contentDir, assertLockHeld));
}

async function savePassageLocked(
  draft: PassageDraft,
  newEntries: readonly GlossaryEntry[],
  contentDir: string,
  assertLockHeld: () => void,
): Promise<SaveResult> {
  const fail = (message: string, file = `content/passages/${draft.slug}`, reason: SaveRefusal = 'invalid'): SaveFailure => ({
    ok: false,
    reason,
    problems: [{ file, line: 0, message }],
  });
  const slugTaken = () => fail(`a passage called "${draft.slug}" already exists`, undefined, 'slug-taken');
  const entryTaken = (id: string): SaveFailure => ({
    ...fail(`glossary entry "${id}" already exists`, `content/glossary/${id}.yaml`, 'entry-taken'),
    entryId: id,
  });
  const passagesDir = resolvePassagesDir(contentDir);
  const glossaryDir = resolveGlossaryDir(contentDir);
  const finalDir = path.join(passagesDir, draft.slug);
  if (await pathExists(finalDir)) return slugTaken();

  const staging = `${stagingPrefix}${randomUUID()}`;
  const stagingDir = path.join(passagesDir, staging);
  const stagedEntries = newEntries.map((entry) => ({
    entry,
    staged: path.join(glossaryDir, `${staging}-${entry.id}.yaml`),
    final: path.join(glossaryDir, `${entry.id}.yaml`),
  }));
  const movedEntries: string[] = [];
  let movedPassage = false;

  const removeEverything = async () => {
    await rm(stagingDir, { recursive: true, force: true });
    await Promise.all(stagedEntries.map(({ staged }) => rm(staged, { force: true })));
    await Promise.all(movedEntries.map((final) => rm(final, { force: true })));
    if (movedPassage) await rm(finalDir, { recursive: true, force: true });
  };

  const describe = (problem: ContentProblem) => `${problem.file}:${problem.line}:${problem.message}`;
  const problemsBefore = new Set((await checkContent(contentDir)).map(describe));

  try {
    await mkdir(stagingDir, { recursive: true });
    await mkdir(glossaryDir, { recursive: true });
    const files = serializePassageDraft(draft, new Date().toISOString().slice(0, 10));
    await Promise.all(Object.entries(files).map(([name, text]) => writeFile(path.join(stagingDir, name), text, 'utf8')));
    const staged = await readPassage(staging, contentDir);
    if (!staged.passage) {
      await removeEverything();
      // Problems name the passage by its slug: the staging folder is gone by the time they are read.
      const stagedFolder = `/passages/${staging}/`;
      const problems = staged.problems.map((problem) => ({
        ...problem,
        file: problem.file.replace(stagedFolder, `/passages/${draft.slug}/`),
      }));
      return { ok: false, reason: 'invalid', problems };
    }

    const seenIds = new Set<string>();
    for (const { entry, final } of stagedEntries) {
      if (!isValidName(entry.id)) {
        await removeEverything();
        return fail(`"${entry.id}" is not a valid glossary id`, `content/glossary/${entry.id}.yaml`);
      }
      if (seenIds.has(entry.id)) {
        await removeEverything();
        return fail(`glossary entry "${entry.id}" is given twice`, `content/glossary/${entry.id}.yaml`);
      }
      seenIds.add(entry.id);
      if (await pathExists(final)) {
        await removeEverything();
        return entryTaken(entry.id);
      }
    }
    await Promise.all(stagedEntries.map(({ entry, staged: file }) => writeFile(file, serializeGlossaryEntry(entry), 'utf8')));

    assertLockHeld();
    try {
      await rename(stagingDir, finalDir);
    } catch (error) {
      // Whatever put a folder there since the check above (a person, another program), it is not ours to replace.
      if (!['ENOTEMPTY', 'EEXIST', 'ENOTDIR'].includes(errorCode(error) ?? '')) throw error;
      await removeEverything();
      return slugTaken();
    }
    movedPassage = true;
    for (const { entry, staged: file, final } of stagedEntries) {
      try {
        await link(file, final);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
        await removeEverything();
        return entryTaken(entry.id);
      }
      movedEntries.push(final);
      await rm(file);
    }
    const problems = (await checkContent(contentDir)).filter((problem) => !problemsBefore.has(describe(problem)));
    if (problems.length > 0) {
      await removeEverything();
      return { ok: false, reason: 'invalid', problems };
    }
    return { ok: true, slug: draft.slug };
  } catch (error) {
    await removeEverything();
    throw error;
  }
}

/** Glossary entries already present, for choosing new ids and skipping known forms. */
export async function readExistingGlossary(contentDir = resolveContentDir()): Promise<GlossaryEntry[]> {
  return (await readGlossary(contentDir)).entries;
}
