/**
 * Writes the schwa lexicon the romanisation ships with: every WikiPron Hindi word of the tuning
 * part (never a held-out line) and which of its inherent vowels are said.
 * Usage: npm run -s build:schwa-lexicon
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isHeldOut, lexiconEntriesOf, predictedSchwas, readWikipronHindi } from '../lib/evaluation';

const SCHWA_LEXICON_FILE = path.resolve(__dirname, '../lib/text/schwa-lexicon.json');

const sayings = new Map<string, string[]>();
for (const [word, said] of lexiconEntriesOf(readWikipronHindi().filter((row) => !isHeldOut(row)))) {
  sayings.set(word, [...(sayings.get(word) ?? []), said.map(Number).join('')]);
}
const words: Record<string, string> = {};
for (const [word, listed] of sayings) {
  // A word listed with two sayings keeps the one the rules give, if either: न is na, not n.
  const byRules = predictedSchwas(word).map(Number).join('');
  words[word] = listed.includes(byRules) ? byRules : (listed[0] as string);
}
const lexicon = {
  about:
    'Hindi words and which inherent vowels each says (1 said, 0 not, in written order), from WikiPron (Wiktionary, CC BY-SA 4.0): the lines not held out. Made by scripts/build-schwa-lexicon.ts.',
  words,
};
writeFileSync(SCHWA_LEXICON_FILE, `${JSON.stringify(lexicon, null, 0)}\n`);
console.log(`${Object.keys(words).length} words written to ${SCHWA_LEXICON_FILE}`);
