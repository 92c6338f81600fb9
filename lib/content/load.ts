import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { countWords } from '@/lib/text';
import { describeForm, glossaryEntrySchema, type GlossaryEntry } from '@/lib/glossary';
import { checkAlignmentCoverage, parseAlignment } from './parse-alignment';
import { checkNotes, passageMetaSchema } from './passage-meta';
import { parseSentenceFile } from './parse-text';
import type { ContentProblem, Passage, PassageSide, PassageSummary, TextLang } from './types';
import { parseYamlSource } from './yaml-source';
import type { YamlPath } from './yaml-source';

/** Thrown by loaders when content is invalid; `problems` says where and why. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(`invalid content:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `file:line: message`, or `file: message` when the problem has no line. */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  return `${place}: ${problem.message}`;
}

export function resolveContentDir(): string {
  return process.env.SAHPATH_CONTENT_DIR ?? path.join(process.cwd(), 'content');
}

const namePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A passage slug or glossary id: lower-case ASCII words joined by hyphens, so never a path. */
export function isValidName(name: string): boolean {
  return namePattern.test(name);
}

export const passageFiles = ['hi.txt', 'en.txt', 'alignment.tsv', 'passage.yaml'] as const;

/** Names a file for messages: relative to the content folder's parent, with forward slashes. */
export function describeContentFile(contentDir: string, filePath: string): string {
  const parent = path.dirname(path.resolve(contentDir));
  return path.relative(parent, path.resolve(filePath)).split(path.sep).join('/');
}

function isMissingFileError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'ENOENT' || error.code === 'ENOTDIR')
  );
}

export async function isDirectory(dirPath: string): Promise<boolean> {
  try {
    return (await stat(dirPath)).isDirectory();
  } catch (error) {
    if (isMissingFileError(error)) return false;
    throw error;
  }
}

/** Whether anything (file or folder) is at this path. */
export async function pathExists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch (error) {
    if (isMissingFileError(error)) return false;
    throw error;
  }
}

/** Reads a file, or gives null when it does not exist. */
async function readOptionalFile(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    if (isMissingFileError(error)) return null;
    throw error;
  }
}

/** Lists a folder without its hidden entries, or gives null when it does not exist. */
export async function readVisibleEntries(dir: string): Promise<Dirent[] | null> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (isMissingFileError(error)) return null;
    throw error;
  }
}

export function resolvePassagesDir(contentDir: string): string {
  return path.join(contentDir, 'passages');
}

export function resolveGlossaryDir(contentDir: string): string {
  return path.join(contentDir, 'glossary');
}

export async function listPassageSlugs(contentDir = resolveContentDir()): Promise<string[]> {
  const entries = (await readVisibleEntries(resolvePassagesDir(contentDir))) ?? [];
  return entries
    .filter((entry) => entry.isDirectory() && isValidName(entry.name))
    .map((entry) => entry.name);
}

export interface PassageReading {
  /** Null when there is any problem. */
  passage: Passage | null;
  problems: ContentProblem[];
  /** 1-based line of a path in passage.yaml (0 when it was not read), for checks that need the glossary. */
  metaLineOf: (path: YamlPath) => number;
}

/** The texts of a passage's four files, by file name; null for a missing file. */
export type PassageSources = Record<(typeof passageFiles)[number], string | null>;

/** Reads and validates one passage folder, collecting every problem. */
export async function readPassage(slug: string, contentDir: string): Promise<PassageReading> {
  const folder = path.join(resolvePassagesDir(contentDir), slug);
  const texts = await Promise.all(passageFiles.map((name) => readOptionalFile(path.join(folder, name))));
  const sources = Object.fromEntries(passageFiles.map((name, position) => [name, texts[position] ?? null])) as PassageSources;
  return parsePassageSources(slug, sources, (name) => describeContentFile(contentDir, path.join(folder, name)));
}

/**
 * Parses and validates the four files of a passage, wherever their text comes from (a folder, or a
 * draft written out in memory), collecting every problem; `fileOf` names a file in messages.
 */
export function parsePassageSources(slug: string, sources: PassageSources, fileOf: (name: string) => string): PassageReading {
  const hiSource = sources['hi.txt'];
  const enSource = sources['en.txt'];
  const alignmentSource = sources['alignment.tsv'];
  const metaSource = sources['passage.yaml'];
  const missingMessage = `missing file: a passage folder holds ${passageFiles.join(', ')}`;
  const problems: ContentProblem[] = passageFiles.flatMap((name) =>
    sources[name] === null ? [{ file: fileOf(name), line: 0, message: missingMessage }] : [],
  );

  const readSide = (source: string | null, lang: TextLang): PassageSide | null => {
    if (source === null) return null;
    const parsed = parseSentenceFile(source, fileOf(`${lang}.txt`), lang);
    problems.push(...parsed.problems);
    return parsed.side;
  };
  const hi = readSide(hiSource, 'hi');
  const en = readSide(enSource, 'en');

  const alignmentFile = fileOf('alignment.tsv');
  const alignment = alignmentSource === null ? null : parseAlignment(alignmentSource, alignmentFile);
  if (alignment) problems.push(...alignment.problems);
  if (alignment && hi && en) {
    const files = { alignment: alignmentFile, hi: fileOf('hi.txt'), en: fileOf('en.txt') };
    problems.push(...checkAlignmentCoverage(alignment.links, { hi, en }, files));
  }

  const metaFile = fileOf('passage.yaml');
  const meta = metaSource === null ? null : parseYamlSource(metaSource, metaFile, passageMetaSchema);
  if (meta) problems.push(...meta.problems);
  if (meta?.data && hi) problems.push(...checkNotes(meta.data.notes, hi, metaFile, meta.lineOf));

  const metaLineOf = meta?.lineOf ?? (() => 0);
  if (problems.length > 0 || !hi || !en || !alignment || !meta?.data) {
    return { passage: null, problems, metaLineOf };
  }
  const { title, source, translation, added, notes, senses, entryNotes } = meta.data;
  return {
    passage: {
      slug,
      title,
      source,
      translation,
      ...(added ? { added } : {}),
      hi,
      en,
      links: alignment.links,
      notes,
      senses,
      entryNotes,
    },
    problems,
    metaLineOf,
  };
}

/** Loads a passage by slug: null when there is no such folder, a ContentError when it is invalid. */
export async function loadPassage(
  slug: string,
  contentDir = resolveContentDir(),
): Promise<Passage | null> {
  if (!isValidName(slug)) return null;
  if (!(await isDirectory(path.join(resolvePassagesDir(contentDir), slug)))) return null;
  const { passage, problems } = await readPassage(slug, contentDir);
  if (!passage) throw new ContentError(problems);
  return passage;
}

function countSideWords(side: PassageSide): number {
  return side.sentences.reduce(
    (total, sentence) => total + countWords(sentence.text, sentence.lang),
    0,
  );
}

/** Summarises a loaded passage for the library page. */
export function summarizePassage(passage: Passage): PassageSummary {
  const { slug, title, source, translation, added, hi, en } = passage;
  return {
    slug,
    title,
    source,
    translation,
    ...(added ? { added } : {}),
    sentenceCount: { hi: hi.sentences.length, en: en.sentences.length },
    wordCount: { hi: countSideWords(hi), en: countSideWords(en) },
  };
}

/** Every passage, sorted by English title; a ContentError when any is invalid. */
export async function listPassages(contentDir = resolveContentDir()): Promise<PassageSummary[]> {
  const slugs = await listPassageSlugs(contentDir);
  const passages = await Promise.all(slugs.map((slug) => loadPassage(slug, contentDir)));
  return passages
    .filter((passage): passage is Passage => passage !== null)
    .map(summarizePassage)
    .sort((a, b) => a.title.en.localeCompare(b.title.en, 'en'));
}

interface GlossaryFile {
  id: string;
  file: string;
  entry: GlossaryEntry | null;
  lineOf: (path: YamlPath) => number;
}

function parseGlossaryFile(
  source: string,
  file: string,
  id: string,
): GlossaryFile & { problems: ContentProblem[] } {
  const parsed = parseYamlSource(source, file, glossaryEntrySchema, {
    // A noun's missing gender is best fixed where the entry says it is a noun.
    missingKeyAnchors: { gender: ['pos'] },
  });
  return {
    id,
    file,
    entry: parsed.data ? { id, ...parsed.data } : null,
    lineOf: parsed.lineOf,
    problems: parsed.problems,
  };
}

/** Ids of the glossary files whose names are valid ids, sorted. */
export async function listGlossaryIds(contentDir = resolveContentDir()): Promise<string[]> {
  const entries = (await readVisibleEntries(resolveGlossaryDir(contentDir))) ?? [];
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => entry.name.slice(0, -'.yaml'.length))
    .filter(isValidName);
}

/**
 * A fingerprint of the glossary files (names, sizes, modification times): it changes whenever an
 * entry is added, removed or edited, so a parsed glossary can be reused until then.
 */
export async function readGlossaryVersion(contentDir = resolveContentDir()): Promise<string> {
  const glossaryDir = resolveGlossaryDir(contentDir);
  const entries = (await readVisibleEntries(glossaryDir)) ?? [];
  const stamps = await Promise.all(
    entries.map(async (entry) => {
      const { size, mtimeMs } = await stat(path.join(glossaryDir, entry.name));
      return `${entry.name}:${size}:${mtimeMs}`;
    }),
  );
  return `${glossaryDir}\n${stamps.join('\n')}`;
}

function checkRelated(files: GlossaryFile[]): ContentProblem[] {
  const ids = new Set(files.map((glossaryFile) => glossaryFile.id));
  return files.flatMap(({ entry, file, lineOf }) =>
    (entry?.related ?? []).flatMap((related, position) =>
      ids.has(related)
        ? []
        : [
            {
              file,
              line: lineOf(['related', position]),
              message: `related[${position}]: a link to a missing glossary entry "${related}" (there is no glossary/${related}.yaml)`,
            },
          ],
    ),
  );
}

interface FormUse {
  id: string;
  /** Where in the entry: `forms[1]`, `defaultFor[0]`. */
  field: string;
  form: string;
  file: string;
  line: number;
}

/**
 * Entries may share a form (बार "time" and बार "bar"): the linker then chooses per occurrence, and
 * exactly one of them must name the form in `defaultFor`, for where nothing decides. Forms are
 * compared as the linker compares them, ignoring nukta and hyphen kind.
 */
function checkSharedForms(files: GlossaryFile[]): ContentProblem[] {
  const uses = new Map<string, FormUse[]>();
  const defaults = new Map<string, FormUse[]>();
  const record = (byKey: Map<string, FormUse[]>, form: string, use: FormUse) => {
    const key = describeForm(form);
    const list = byKey.get(key) ?? [];
    if (!list.some((earlier) => earlier.id === use.id)) list.push(use);
    byKey.set(key, list);
  };
  for (const { id, file, entry, lineOf } of files) {
    for (const [position, form] of (entry?.forms ?? []).entries()) {
      record(uses, form, { id, field: `forms[${position}]`, form, file, line: lineOf(['forms', position]) });
    }
    for (const [position, form] of (entry?.defaultFor ?? []).entries()) {
      record(defaults, form, {
        id,
        field: `defaultFor[${position}]`,
        form,
        file,
        line: lineOf(['defaultFor', position]),
      });
    }
  }
  const problems: ContentProblem[] = [];
  for (const [key, owners] of uses) {
    const [first, ...others] = owners;
    if (first === undefined || others.length === 0) continue;
    const named = defaults.get(key) ?? [];
    const [chosen, ...extra] = named;
    if (chosen === undefined) {
      for (const later of others) {
        const spelling = first.form === later.form ? '' : ` (as "${first.form}")`;
        problems.push({
          file: later.file,
          line: later.line,
          message: `${later.field}: "${later.form}" is also a form of glossary entry "${first.id}"${spelling} at ${first.file}:${first.line}; entries may share a form only when one of them lists it in defaultFor, for where neither the English nor a senses pin in the passage decides`,
        });
      }
      continue;
    }
    for (const second of extra) {
      problems.push({
        file: second.file,
        line: second.line,
        message: `${second.field}: "${second.form}" is already the default of glossary entry "${chosen.id}" at ${chosen.file}:${chosen.line}; a shared form has one default`,
      });
    }
  }
  return problems;
}

/** A meaning says what the entry means anywhere: what it means in one passage is an entryNotes note there. */
const PASSAGE_BOUND = /\bhere\b/iu;

function warnOfPassageBoundMeanings(files: GlossaryFile[]): ContentProblem[] {
  return files.flatMap(({ entry, file, lineOf }) =>
    entry && PASSAGE_BOUND.test(entry.meaning)
      ? [
          {
            file,
            line: lineOf(['meaning']),
            message:
              'meaning: says "here", but a meaning is shown beside every passage: what the entry means in one passage belongs in that passage\'s entryNotes',
          },
        ]
      : [],
  );
}

/**
 * Reads and validates the whole glossary, collecting every problem, within and across entries,
 * and the warnings: what is worth a look but valid.
 */
export async function readGlossary(
  contentDir: string,
): Promise<{ entries: GlossaryEntry[]; problems: ContentProblem[]; warnings: ContentProblem[] }> {
  const dir = resolveGlossaryDir(contentDir);
  const dirEntries = (await readVisibleEntries(dir)) ?? [];
  const problems: ContentProblem[] = [];
  const files: GlossaryFile[] = [];
  for (const dirEntry of dirEntries) {
    const file = describeContentFile(contentDir, path.join(dir, dirEntry.name));
    if (!dirEntry.isFile() || !dirEntry.name.endsWith('.yaml')) {
      const message = 'not a glossary entry: the glossary holds only <id>.yaml files';
      problems.push({ file, line: 0, message });
      continue;
    }
    const id = dirEntry.name.slice(0, -'.yaml'.length);
    const source = await readFile(path.join(dir, dirEntry.name), 'utf8');
    const parsed = parseGlossaryFile(source, file, id);
    problems.push(...parsed.problems);
    if (!isValidName(id)) {
      problems.push({
        file,
        line: 0,
        message: `"${id}" is not a valid glossary id: use lower-case ASCII letters, digits and single hyphens`,
      });
      continue;
    }
    files.push(parsed);
  }
  problems.push(...checkRelated(files), ...checkSharedForms(files));
  const entries = files.flatMap(({ entry }) => (entry ? [entry] : []));
  return { entries, problems, warnings: warnOfPassageBoundMeanings(files) };
}

/** The whole glossary sorted by id; a ContentError when any entry is invalid. */
export async function loadGlossary(contentDir = resolveContentDir()): Promise<GlossaryEntry[]> {
  const { entries, problems } = await readGlossary(contentDir);
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}

/**
 * One glossary entry, validated on its own (links between entries are checked by loadGlossary
 * and checkContent): null when there is no such entry, a ContentError when it is invalid.
 */
export async function loadGlossaryEntry(
  id: string,
  contentDir = resolveContentDir(),
): Promise<GlossaryEntry | null> {
  if (!isValidName(id)) return null;
  const filePath = path.join(resolveGlossaryDir(contentDir), `${id}.yaml`);
  const source = await readOptionalFile(filePath);
  if (source === null) return null;
  const parsed = parseGlossaryFile(source, describeContentFile(contentDir, filePath), id);
  if (!parsed.entry) throw new ContentError(parsed.problems);
  return parsed.entry;
}
