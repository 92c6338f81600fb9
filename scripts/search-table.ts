/**
 * Prints what the glossary search finds first for each query, the same search the glossary page
 * runs: query, first entry id, its headword, how it matched, and the next ones.
 * Usage: npm run -s search:table [-- [--content DIR] [--top N] [QUERY ...]]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadGlossary } from '@/lib/content';
import { createGlossarySearch, toSearchDocuments } from '@/lib/glossary/search';

const USAGE = 'usage: search:table [--content DIR] [--top N] [QUERY ...]';

const HELP = `${USAGE}

For each query (by default a set of spellings learners type), prints the entry the glossary
search ranks first: its id, headword and how it matched (exact, prefix, fuzzy, english, meaning),
then the ids of the next ones.
  --content DIR   the content folder (default ./content)
  --top N         how many results to list per query (default 3)
  --help          this text`;

const DEFAULT_QUERIES = [
  'seftee',
  'safti',
  'sefgaard',
  'sefgard',
  'zariye',
  'kampani',
  'kampni',
  'startap',
  'fand',
  'pletfarm',
  'कम्पनी',
  'प्लेटफार्म',
  'प्लेटफॉर्म',
  'ज़रिया',
  'जरिया',
  'के जरिये',
  'company',
  'protection',
  'protection against harm',
  'सुरक्षा',
];

function parseOptions(): { contentDir: string; top: number; queries: string[] } | 'help' {
  const { values, positionals } = parseArgs({
    options: {
      content: { type: 'string', default: 'content' },
      top: { type: 'string', default: '3' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) return 'help';
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new Error(`--top must be a whole number from 1, not "${values.top}"; ${USAGE}`);
  return {
    contentDir: path.resolve(values.content),
    top,
    queries: positionals.length > 0 ? positionals : DEFAULT_QUERIES,
  };
}

async function printSearchTable(): Promise<number> {
  const options = parseOptions();
  if (options === 'help') {
    console.log(HELP);
    return 0;
  }
  const documents = toSearchDocuments(await loadGlossary(options.contentDir));
  const headwords = new Map(documents.map((document) => [document.id, document.headword]));
  const search = createGlossarySearch(documents);
  const rows = options.queries.map((query) => {
    const hits = search.search(query) ?? [];
    const [first, ...rest] = hits;
    return [
      query,
      first?.id ?? '—',
      first ? (headwords.get(first.id) ?? '') : '',
      first?.kind ?? 'nothing found',
      rest.slice(0, options.top - 1).map((hit) => hit.id).join(', '),
      String(hits.length),
    ];
  });
  const header = ['query', 'first', 'headword', 'matched', 'then', 'results'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  return 0;
}

printSearchTable().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
