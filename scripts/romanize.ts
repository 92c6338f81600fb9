/**
 * Romanises Hindi: each line of the file (or of standard input with "-") printed in ISO 15919
 * letters with Hindi schwa deletion (its rules and the shipped lexicon), one per line. Usage: npm run -s romanize -- WORDS.txt
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { romanizeHindi } from '../lib/text';
import { hindiLexicon } from '../lib/text/hindi-lexicon';

const USAGE = 'usage: romanize WORDS.txt (or - for standard input)';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', default: false } } });

if (values.help) {
  console.log(USAGE);
} else if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
} else {
  const file = positionals[0] === '-' ? 0 : (positionals[0] as string);
  const lines = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
  process.stdout.write(`${lines.map((line) => romanizeHindi(line, hindiLexicon())).join('\n')}\n`);
}
