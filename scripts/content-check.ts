import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem, listGlossaryIds, listPassageSlugs } from '@/lib/content';

function describeCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const USAGE = 'usage: content:check [CONTENT_DIR]   (default ./content; each problem as file:line: message)';

/** Checks the content folder given as the first argument (default ./content); returns the exit code. */
async function runContentCheck(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    console.error(`give one content folder at most; ${USAGE}`);
    return 2;
  }
  const contentDir = path.resolve(positionals[0] ?? 'content');
  const problems = await checkContent(contentDir);
  const [slugs, glossaryIds] = await Promise.all([
    listPassageSlugs(contentDir),
    listGlossaryIds(contentDir),
  ]);
  const counts = [
    describeCount(slugs.length, 'passage', 'passages'),
    describeCount(glossaryIds.length, 'glossary entry', 'glossary entries'),
  ].join(', ');
  for (const problem of problems) console.log(formatProblem(problem));
  if (problems.length === 0) {
    console.log(`content: ${counts}, no problems`);
    return 0;
  }
  console.log(`content: ${counts}, ${describeCount(problems.length, 'problem', 'problems')}`);
  return 1;
}

runContentCheck().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
