import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, listGlossaryIds, listPassageSlugs, reviewContent } from '@/lib/content';

function describeCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const USAGE = [
  'usage: content:check [CONTENT_DIR]   (default ./content)',
  'Prints each problem as file:line: message and each warning as file:line: warning: message;',
  'exits 1 when there is a problem, 0 when there are only warnings or nothing.',
].join('\n');

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
  const { problems, warnings } = await reviewContent(contentDir);
  const [slugs, glossaryIds] = await Promise.all([
    listPassageSlugs(contentDir),
    listGlossaryIds(contentDir),
  ]);
  const counts = [
    describeCount(slugs.length, 'passage', 'passages'),
    describeCount(glossaryIds.length, 'glossary entry', 'glossary entries'),
  ].join(', ');
  for (const warning of warnings) console.log(formatProblem({ ...warning, message: `warning: ${warning.message}` }));
  for (const problem of problems) console.log(formatProblem(problem));
  const found = [
    problems.length === 0 ? 'no problems' : describeCount(problems.length, 'problem', 'problems'),
    ...(warnings.length === 0 ? [] : [describeCount(warnings.length, 'warning', 'warnings')]),
  ].join(', ');
  console.log(`content: ${counts}, ${found}`);
  return problems.length === 0 ? 0 : 1;
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
