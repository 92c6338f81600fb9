/**
 * The share of WikiPron's Hindi words whose every inherent vowel the romanisation keeps or drops
 * as their transcription says. Held out: every fifth line, scored with the shipped lexicon (built
 * from the other lines only) and with the rules alone. Tuning: the other lines, each fold of four
 * scored with a lexicon of the other three, so no word is scored by a lexicon that holds it.
 * Usage: npm run -s eval:romanize [-- --misses N]
 */
import { parseArgs } from 'node:util';
import { isHeldOut, lexiconEntriesOf, readWikipronHindi, scoreSchwas, type SchwaJudgement, type WikipronRow } from '../lib/evaluation';
import { createSchwaLexicon, type SchwaLexicon } from '../lib/text';
import { hindiLexicon } from '../lib/text/hindi-lexicon';

const { values } = parseArgs({ options: { misses: { type: 'string', default: '0' } } });
const missesShown = Number(values.misses);

const rows = readWikipronHindi();
const heldOut = rows.filter(isHeldOut);
const tuning = rows.filter((row) => !isHeldOut(row));
const tuningWords = new Set(tuning.map((row) => row.word));

function report(name: string, part: readonly WikipronRow[], lexicon?: SchwaLexicon, shownMisses: SchwaJudgement[] = []) {
  const { misses, ...score } = scoreSchwas(part, lexicon);
  console.log(`${name}: ${score.correct} of ${score.words} words right (${score.share.toFixed(4)}); ${score.unaligned} not lined up`);
  shownMisses.push(...misses);
}

function showMisses(misses: readonly SchwaJudgement[]) {
  for (const miss of misses.slice(0, missesShown)) {
    console.log(`  ${miss.word}: says ${miss.gold.map(Number).join('')}, romanised ${miss.predicted.map(Number).join('')}`);
  }
}

report('held out, with the lexicon', heldOut, hindiLexicon());
report('held out, words the tuning part does not spell', heldOut.filter((row) => !tuningWords.has(row.word)), hindiLexicon());
report('held out, rules alone', heldOut);

const foldOf = (row: WikipronRow) => row.line % 5;
const tuningMisses: SchwaJudgement[] = [];
let correct = 0;
let words = 0;
for (const fold of [1, 2, 3, 4]) {
  const lexicon = createSchwaLexicon(lexiconEntriesOf(tuning.filter((row) => foldOf(row) !== fold)));
  const known = new Set(tuning.filter((row) => foldOf(row) !== fold).map((row) => row.word));
  const scored = scoreSchwas(tuning.filter((row) => foldOf(row) === fold && !known.has(row.word)), lexicon);
  correct += scored.correct;
  words += scored.words;
  tuningMisses.push(...scored.misses);
}
console.log(`tuning, four folds, words the other folds do not spell: ${correct} of ${words} words right (${(correct / words).toFixed(4)})`);
report('tuning, rules alone', tuning);
showMisses(tuningMisses);
