/**
 * How the glossary linker chose the entry of each term across all passages: by the only entry of
 * its form, by the partner English, by a `senses:` pin, or by the form's default; and per form
 * that several entries share.
 * Usage: npm run -s homographs -- [--content DIR]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listPassageSlugs, loadGlossary, loadPassage, type Passage } from '@/lib/content';
import { createGlossaryLinker, type SenseDecision } from '@/lib/glossary';
import { countSenseDecisions, type SenseTally } from '@/lib/reader';

const USAGE = `usage: homographs [--content DIR]

Counts every glossary term linked in every passage by how its entry was chosen:
  only      its form belongs to one entry
  english   of the entries sharing the form, only this one's English word is in the partner English
  sense     a senses: pin in passage.yaml named it
  default   nothing decided: the entry whose defaultFor lists the form
then the same for each form several entries share, per entry.

  --content DIR  the content folder (default ./content)
  --help         show this help`;

const DECISIONS: readonly SenseDecision[] = ['english', 'sense', 'default', 'only'];

function describeTally(tally: SenseTally, decisions: readonly SenseDecision[] = DECISIONS): string {
  return decisions.map((decision) => `${decision} ${tally[decision]}`).join(', ');
}

function describeCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** parseArgs, or null (after saying why, with the usage) when the command line is wrong. */
function readArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n\n${USAGE}`);
      return null;
    }
    throw error;
  }
}

async function runHomographFigures(args: string[]): Promise<number> {
  const values = readArgs(args);
  if (values === null) return 2;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const contentDir = path.resolve(values.content ?? 'content');
  const [glossary, slugs] = await Promise.all([loadGlossary(contentDir), listPassageSlugs(contentDir)]);
  const passages = (await Promise.all(slugs.map((slug) => loadPassage(slug, contentDir)))).filter(
    (passage): passage is Passage => passage !== null,
  );
  const figures = countSenseDecisions(passages, createGlossaryLinker(glossary));
  const shared = figures.sharedForms.reduce((sum, form) => sum + form.total.english + form.total.sense + form.total.default, 0);
  console.log(
    [
      describeCount(figures.passageCount, 'passage', 'passages'),
      describeCount(figures.sharedForms.length, 'shared form', 'shared forms'),
      describeCount(shared, 'occurrence of one', 'occurrences of them'),
    ].join(', '),
  );
  console.log(`all terms: ${describeTally(figures.total)}`);
  const sharedDecisions = DECISIONS.filter((decision) => decision !== 'only');
  for (const form of figures.sharedForms) {
    console.log(`${form.form} (default ${form.defaultEntryId}): ${describeTally(form.total, sharedDecisions)}`);
    for (const { entryId, tally } of form.entries) {
      console.log(`  ${entryId}: ${describeTally(tally, sharedDecisions)}`);
    }
  }
  return 0;
}

runHomographFigures(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
