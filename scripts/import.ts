import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeUtf8, type TextSide } from '@/lib/align';
import { formatProblem, isValidName, passageMetaSchema, savePassage } from '@/lib/content';
import { isDirectory, readGlossary, resolveContentDir, resolvePassagesDir } from '@/lib/content/load';
import type { PassageMeta } from '@/lib/content';
import { pathExists, type PassageDraft } from '@/lib/content/write';
import { proposeImport, type ImportProposal } from '@/lib/importer';

const usage = `usage: npm run -s import -- --hi HI.txt --en EN.txt --slug SLUG --title-hi "…" --title-en "…"
  [--source "…"] [--source-url URL] [--published YYYY-MM-DD] [--licence "…"]
  [--translation-by "…"] [--translation-licence "…"] [--presplit] [--content DIR]

Aligns a Hindi text with its English translation and saves it as content/passages/SLUG, with
proposed glossary entries for the English loanwords it finds, marked unreviewed.
  --presplit   each non-empty line is one sentence (a blank line still ends a paragraph)
  --content    the content folder (default: content/ in this repository)
Without --source or --translation-by, the passage says "unknown".`;

/** A mistake in the command or its input: reported as one line, and nothing is written. */
class ImportError extends Error {}

const optionSpecs = {
  hi: { takesValue: true, required: true },
  en: { takesValue: true, required: true },
  slug: { takesValue: true, required: true },
  'title-hi': { takesValue: true, required: true },
  'title-en': { takesValue: true, required: true },
  source: { takesValue: true, required: false },
  'source-url': { takesValue: true, required: false },
  published: { takesValue: true, required: false },
  licence: { takesValue: true, required: false },
  'translation-by': { takesValue: true, required: false },
  'translation-licence': { takesValue: true, required: false },
  content: { takesValue: true, required: false },
  presplit: { takesValue: false, required: false },
  help: { takesValue: false, required: false },
} as const;

type OptionName = keyof typeof optionSpecs;
type ParsedOptions = Partial<Record<OptionName, string | true>>;

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(optionSpecs, name);
}

/** Reads `--name value`, `--name=value` and `--flag`; anything else is a mistake. */
function parseOptions(args: readonly string[]): ParsedOptions {
  const parsed: ParsedOptions = {};
  for (let position = 0; position < args.length; position += 1) {
    const arg = args[position] ?? '';
    if (!arg.startsWith('--')) throw new ImportError(`unexpected argument "${arg}": options start with --`);
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    if (!isOptionName(name)) throw new ImportError(`unknown option "--${name}" (see --help)`);
    if (parsed[name] !== undefined) throw new ImportError(`--${name} is given twice`);
    if (!optionSpecs[name].takesValue) {
      if (equals !== -1) throw new ImportError(`--${name} takes no value`);
      parsed[name] = true;
      continue;
    }
    if (equals !== -1) {
      parsed[name] = arg.slice(equals + 1);
      continue;
    }
    const value = args[position + 1];
    if (value === undefined || value.startsWith('--')) throw new ImportError(`--${name} needs a value`);
    parsed[name] = value;
    position += 1;
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

/** Validates everything it can before savePassage, which then writes all of the passage or none. */
async function importPassage(args: readonly string[]): Promise<string[]> {
  const options = parseOptions(args);
  if (options.help) return [usage];
  const missing = (Object.keys(optionSpecs) as OptionName[]).filter(
    (name) => optionSpecs[name].required && options[name] === undefined,
  );
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
  const { entries: glossary } = await readGlossary(contentDir);
  const proposed = proposeImport({ ...texts, presplit: options.presplit === true }, glossary);
  if (!proposed.ok) {
    const problems = proposed.problems.map(({ side, message }) => `the ${sideNames[side]} file ${files[side]} ${message}`);
    throw new ImportError(problems.join('; '));
  }

  const { proposal } = proposed;
  const draft: PassageDraft = {
    ...meta,
    hi: proposal.hi,
    en: proposal.en,
    kinds: proposal.kinds,
    links: proposal.links.map(({ hi, en }) => ({ hi, en })),
  };
  const saved = await savePassage(draft, proposal.candidates, contentDir);
  if (!saved.ok) {
    const [first, ...rest] = saved.problems;
    const more = rest.length > 0 ? ` (and ${describeCount(rest.length, 'more problem', 'more problems')})` : '';
    throw new ImportError(`nothing saved: ${first ? formatProblem(first) : 'the passage is invalid'}${more}`);
  }
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
