import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { GlossaryEntry } from '@/lib/glossary/schema';
import { checkContent } from './check';
import {
  isValidName,
  readGlossary,
  readPassage,
  resolveContentDir,
  resolveGlossaryDir,
  resolvePassagesDir,
} from './load';
import { escapeSentenceStart, prefixOfKind } from './parse-text';
import type { ContentProblem, ParagraphKind, PassageMeta, TextLang } from './types';

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
  const { title, source, translation } = draft;
  return stringify({ title, source, translation }, { lineWidth: 100 });
}

export function serializeGlossaryEntry(entry: GlossaryEntry): string {
  const { id: _id, ...fields } = entry;
  return stringify(fields, { lineWidth: 100, collectionStyle: 'any' });
}

/** Why a save was refused: callers word the first two themselves, in the user's language. */
export type SaveRefusal = 'slug-taken' | 'entry-taken' | 'invalid';

export type SaveResult =
  | { ok: true; slug: string }
  | { ok: false; reason: SaveRefusal; problems: ContentProblem[]; entryId?: string };

type SaveFailure = Extract<SaveResult, { ok: false }>;

export async function pathExists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Saves a passage and its new glossary entries so that either all of it is in content/ and passes
 * the content check, or none of it is: files are written under hidden staging names, validated,
 * then renamed into place, and removed again if the content check finds anything new.
 */
export async function savePassage(
  draft: PassageDraft,
  newEntries: readonly GlossaryEntry[] = [],
  contentDir = resolveContentDir(),
): Promise<SaveResult> {
  const fail = (message: string, file = `content/passages/${draft.slug}`, reason: SaveRefusal = 'invalid'): SaveFailure => ({
    ok: false,
    reason,
    problems: [{ file, line: 0, message }],
  });
  if (!isValidName(draft.slug)) return fail('the slug must be lower-case ASCII words joined by hyphens');
  const passagesDir = resolvePassagesDir(contentDir);
  const glossaryDir = resolveGlossaryDir(contentDir);
  const finalDir = path.join(passagesDir, draft.slug);
  if (await pathExists(finalDir)) {
    return fail(`a passage called "${draft.slug}" already exists`, undefined, 'slug-taken');
  }

  const staging = `.staging-${randomUUID()}`;
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
    const files: Record<string, string> = {
      'hi.txt': serializeSentences(draft.hi, 'hi', draft.kinds?.hi),
      'en.txt': serializeSentences(draft.en, 'en', draft.kinds?.en),
      'alignment.tsv': serializeAlignment(draft.links),
      'passage.yaml': serializePassageMeta(draft),
    };
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
        const file = `content/glossary/${entry.id}.yaml`;
        return { ...fail(`glossary entry "${entry.id}" already exists`, file, 'entry-taken'), entryId: entry.id };
      }
    }
    await Promise.all(stagedEntries.map(({ entry, staged: file }) => writeFile(file, serializeGlossaryEntry(entry), 'utf8')));

    await rename(stagingDir, finalDir);
    movedPassage = true;
    for (const { staged: file, final } of stagedEntries) {
      await rename(file, final);
      movedEntries.push(final);
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
