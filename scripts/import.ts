import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { decodeUtf8, type TextSide } from '@/lib/align';
import {
  formatProblem,
  isDirectory,
  isValidName,
  passageMetaSchema,
  pathExists,
  readExistingGlossary,
  resolveContentDir,
  resolvePassagesDir,
  savePassage,
  type PassageDraft,
  type PassageMeta,
  type SaveResult,
} from '@/lib/content';
import {
  proposeImport,
  readLimitIssue,
  saveRequestLimits,
  saveRequestSchema,
  type ImportProposal,
  type LimitCode,
  type SaveRequest,
} from '@/lib/importer';

const formatCount = (count: number) => count.toLocaleString('en');

const usage = `usage: npm run -s import -- --hi HI.txt --en EN.txt --slug SLUG --title-hi "…" --title-en "…"
  [--source "…"] [--source-url URL] [--published YYYY-MM-DD] [--licence "…"]
  [--translation-by "…"] [--translation-licence "…"] [--presplit] [--content DIR]

Aligns a Hindi text with its English translation and saves it as content/passages/SLUG, with
proposed glossary entries for the English loanwords it finds, marked unreviewed.
  --presplit   each non-empty line is one sentence (a blank line still ends a paragraph)
  --content    the content folder (default: content/ in this repository)
  -h, --help   this text
Without --source or --translation-by, the passage says "unknown". At most ${saveRequestLimits.slug} characters for the
slug, ${saveRequestLimits.title} for a title, the source or the translator, ${formatCount(saveRequestLimits.sentence)} for a sentence, and ${formatCount(saveRequestLimits.sentences)}
sentences a side. Saves into one content folder, from here or the browser, wait for each other.`;

/** A mistake in the command or its input: reported as one line, and nothing is written. */
class ImportError extends Error {}

const optionSpecs = {
  hi: { type: 'string' },
  en: { type: 'string' },
  slug: { type: 'string' },
  'title-hi': { type: 'string' },
  'title-en': { type: 'string' },
  source: { type: 'string' },
  'source-url': { type: 'string' },
  published: { type: 'string' },
  licence: { type: 'string' },
  'translation-by': { type: 'string' },
  'translation-licence': { type: 'string' },
  content: { type: 'string' },
  presplit: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

type OptionName = keyof typeof optionSpecs;
type ParsedOptions = Partial<Record<OptionName, string | boolean>>;

const requiredOptions: readonly OptionName[] = ['hi', 'en', 'slug', 'title-hi', 'title-en'];

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(optionSpecs, name);
}

/**
 * Reads `--name value`, `--name=value` and `--flag` with util.parseArgs, leniently, so that each
 * mistake can be named: parseArgs itself would take `--source --presplit` as a source called
 * "--presplit" and keep the last of two values.
 */
function parseOptions(args: readonly string[]): ParsedOptions {
  const { tokens } = parseArgs({ args: [...args], options: optionSpecs, strict: false, allowPositionals: true, tokens: true });
  const parsed: ParsedOptions = {};
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') throw new ImportError(`unexpected argument "${token.value}": options start with --`);
    const { name, rawName, value, inlineValue } = token;
    if (!isOptionName(name)) throw new ImportError(`unknown option "${rawName}" (see --help)`);
    if (parsed[name] !== undefined) throw new ImportError(`--${name} is given twice`);
    if (optionSpecs[name].type === 'boolean') {
      if (value !== undefined) throw new ImportError(`--${name} takes no value`);
      parsed[name] = true;
      continue;
    }
    if (value === undefined || (!inlineValue && value.startsWith('--'))) throw new ImportError(`--${name} needs a value`);
    parsed[name] = value;
  }
  return parsed;
}

function readText(options: ParsedOptions, name: OptionName): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

function requireText(options: ParsedOptions, name: OptionName): string {
  const value = readText(options, name);
  if (value === undefined) throw new ImportError(`missing option --${name} (see --help)`);
  if (value.trim() === '') throw new ImportError(`--${name} must not be empty`);
  return value;
}

/** Which command-line option sets each field of passage.yaml, for messages. */
const optionOfField: Record<string, string> = {
  'title.hi': '--title-hi',
  'title.en': '--title-en',
  'source.name': '--source',
  'source.url': '--source-url',
  'source.published': '--published',
  'source.licence': '--licence',
  'translation.by': '--translation-by',
  'translation.licence': '--translation-licence',
};

/** Title, source and translation from the options, checked as passage.yaml will be. */
function buildMeta(options: ParsedOptions, slug: string): PassageMeta {
  const meta = {
    title: { hi: requireText(options, 'title-hi').trim(), en: requireText(options, 'title-en').trim() },
    source: {
      name: readText(options, 'source') ?? 'unknown',
      url: readText(options, 'source-url'),
      published: readText(options, 'published'),
      licence: readText(options, 'licence'),
    },
    translation: { by: readText(options, 'translation-by') ?? 'unknown', licence: readText(options, 'translation-licence') },
  };
  const checked = passageMetaSchema.safeParse(meta);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new ImportError(`${optionOfField[field] ?? field}: ${issue?.message ?? 'is invalid'}`);
  }
  return { slug, title: checked.data.title, source: checked.data.source, translation: checked.data.translation };
}

const sideNames: Record<TextSide, string> = { hi: 'Hindi', en: 'English' };

/** Why a file could not be read, in words, for the errors a user can cause and fix. */
const readErrorReasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
};

async function readTextFile(file: string, side: TextSide): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const reason = readErrorReasons[code];
    if (reason === undefined) throw error;
    throw new ImportError(`cannot read the ${sideNames[side]} file ${file}: ${reason}`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new ImportError(`the ${sideNames[side]} file ${file} is ${decoded.message}`);
  return decoded.text;
}

function describeCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summarizeImport(slug: string, proposal: ImportProposal): string[] {
  const doubtful = proposal.links.flatMap((link, position) => (link.score < 0.5 ? [position + 1] : []));
  const ids = proposal.candidates.map((entry) => entry.id);
  return [
    `imported ${slug}`,
    `  sentences: ${proposal.hi.length} Hindi, ${proposal.en.length} English`,
    `  links: ${proposal.links.length}, ${doubtful.length} low-confidence (score < 0.5)${doubtful.length > 0 ? `: link ${doubtful.join(', ')}` : ''}`,
    `  new glossary entries (unreviewed): ${describeCount(ids.length, 'entry', 'entries')}${ids.length > 0 ? `: ${ids.join(', ')}` : ''}`,
  ];
}

/** Which command-line option sets each field of a save request, for messages. */
const optionOfRequestField: Record<string, string> = {
  slug: '--slug',
  'title.hi': '--title-hi',
  'title.en': '--title-en',
  source: '--source',
  translationBy: '--translation-by',
};

/** What one item of a glossary entry's list is called. */
const itemOfEntryList: Record<string, string> = { forms: 'form', english: 'English word', related: 'related entry' };

/** An issue over one of the save request's limits in words: the browser's limits, said for the command line. */
function describeLimitIssue(
  issue: z.core.$ZodIssue,
  limit: { code: LimitCode; max: number },
  request: SaveRequest,
  files: Record<TextSide, string>,
): string {
  const [field, position, key] = issue.path;
  const max = formatCount(limit.max);
  const tooLong = `is too long (at most ${max} characters)`;
  const option = optionOfRequestField[issue.path.join('.')];
  if (option !== undefined) return `${option} ${tooLong}`;
  if (field === 'hi' || field === 'en') {
    const file = `the ${sideNames[field]} file ${files[field]}`;
    if (typeof position === 'number') return `${file}: sentence ${position + 1} ${tooLong}`;
    return `${file} has too many sentences (at most ${max})`;
  }
  if (field === 'kinds' && (position === 'hi' || position === 'en')) {
    return `the ${sideNames[position]} file ${files[position]} has too many paragraphs (at most ${max})`;
  }
  if (field === 'links') {
    if (typeof position === 'number') return `link ${position + 1} has too many sentences (at most ${max})`;
    return `the alignment has too many links (at most ${max})`;
  }
  if (field === 'entries' && typeof position === 'number' && typeof key === 'string') {
    const item = issue.path[3];
    const name = typeof item === 'number' ? `${itemOfEntryList[key] ?? key} ${item + 1}` : key;
    const what = limit.code === 'too-long' ? `its ${name} ${tooLong}` : `it has too many ${key} (at most ${max})`;
    return `proposed glossary entry "${request.entries[position]?.id ?? position + 1}": ${what}`;
  }
  if (field === 'entries') return `too many new glossary entries (at most ${max}): import a shorter text`;
  return `${issue.path.join('.')} ${limit.code === 'too-long' ? tooLong : `has too many items (at most ${max})`}`;
}

/**
 * Checks the passage against the limits the browser's save request has. Anything else the schema
 * would refuse, the content check in savePassage reports with its file and line.
 */
function checkLimits(request: SaveRequest, files: Record<TextSide, string>): void {
  const checked = saveRequestSchema.safeParse(request);
  const problems = (checked.error?.issues ?? []).flatMap((issue) => {
    const limit = readLimitIssue(issue);
    return limit === undefined ? [] : [describeLimitIssue(issue, limit, request, files)];
  });
  if (problems.length > 0) throw new ImportError([...new Set(problems)].join('; '));
}

function describeRefusal(refusal: Extract<SaveResult, { ok: false }>, slug: string, contentDir: string): string {
  if (refusal.reason === 'slug-taken') return `a passage called "${slug}" already exists in ${contentDir}`;
  if (refusal.reason === 'entry-taken') {
    return `glossary entry "${refusal.entryId ?? ''}" was added to ${contentDir} meanwhile; run the import again to use it`;
  }
  if (refusal.reason === 'busy') return `another save into ${contentDir} is still running; try again`;
  const [first, ...rest] = refusal.problems;
  const more = rest.length > 0 ? ` (and ${describeCount(rest.length, 'more problem', 'more problems')})` : '';
  return `${first ? formatProblem(first) : 'the passage is invalid'}${more}`;
}

/** Validates everything it can before savePassage, which then writes all of the passage or none. */
async function importPassage(args: readonly string[]): Promise<string[]> {
  const options = parseOptions(args);
  if (options.help) return [usage];
  const missing = requiredOptions.filter((name) => options[name] === undefined);
  if (missing.length > 0) {
    const names = missing.map((name) => `--${name}`).join(', ');
    throw new ImportError(`missing ${missing.length === 1 ? 'option' : 'options'} ${names} (see --help)`);
  }
  // npm runs scripts in the package folder; paths on the command line are relative to the caller's.
  const callerDir = process.env.INIT_CWD ?? process.cwd();
  const hiFile = path.resolve(callerDir, requireText(options, 'hi'));
  const enFile = path.resolve(callerDir, requireText(options, 'en'));
  const slug = requireText(options, 'slug');
  const meta = buildMeta(options, slug);
  if (!isValidName(slug)) {
    throw new ImportError(`bad slug "${slug}": use lower-case ASCII letters, digits and single hyphens`);
  }
  const contentOption = readText(options, 'content');
  const contentDir = contentOption === undefined ? resolveContentDir() : path.resolve(callerDir, contentOption);
  if (!(await isDirectory(contentDir))) {
    throw new ImportError(`the content folder ${contentDir} does not exist`);
  }
  if (await pathExists(path.join(resolvePassagesDir(contentDir), slug))) {
    throw new ImportError(`a passage called "${slug}" already exists in ${contentDir}`);
  }

  const texts = { hi: await readTextFile(hiFile, 'hi'), en: await readTextFile(enFile, 'en') };
  const files: Record<TextSide, string> = { hi: hiFile, en: enFile };
  const glossary = await readExistingGlossary(contentDir);
  const proposed = proposeImport({ ...texts, presplit: options.presplit === true }, glossary);
  if (!proposed.ok) {
    const problems = proposed.problems.map(({ side, message }) => `the ${sideNames[side]} file ${files[side]} ${message}`);
    throw new ImportError(problems.join('; '));
  }

  const { proposal } = proposed;
  const { hi, en, kinds, candidates: entries } = proposal;
  const links = proposal.links.map((link) => ({ hi: link.hi, en: link.en }));
  const request = { slug, title: meta.title, source: readText(options, 'source') ?? 'unknown', translationBy: meta.translation.by, hi, en, kinds, links, entries };
  checkLimits(request, files);
  const draft: PassageDraft = { ...meta, hi, en, kinds, links };
  const saved = await savePassage(draft, entries, contentDir);
  if (!saved.ok) throw new ImportError(`nothing saved: ${describeRefusal(saved, slug, contentDir)}`);
  return summarizeImport(slug, proposal);
}

/** Runs the import with the command-line arguments; returns the exit code. */
async function runImport(args: readonly string[]): Promise<number> {
  try {
    for (const line of await importPassage(args)) console.log(line);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(`import: ${error.message}`);
    return 1;
  }
}

runImport(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
