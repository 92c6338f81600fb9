/**
 * The share of WikiPron's Hindi words whose every inherent vowel the romanisation keeps or drops
 * as their transcription says: on the fifth held out (every fifth line) and on the rest.
 * Usage: npm run -s eval:romanize [-- --misses N]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { WIKIPRON_HINDI_FILE } from '../lib/datasets';
import { scoreSchwas } from '../lib/evaluation';

const { values } = parseArgs({ options: { misses: { type: 'string', default: '0' } } });

const rows = readFileSync(WIKIPRON_HINDI_FILE, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [word = '', ipa = ''] = line.split('\t');
    return { word, ipa };
  });
const parts = {
  heldOut: rows.filter((_, index) => index % 5 === 0),
  tuning: rows.filter((_, index) => index % 5 !== 0),
};
for (const [name, part] of Object.entries(parts)) {
  const { misses, ...score } = scoreSchwas(part);
  console.log(`${name}: ${score.correct} of ${score.words} words right (${score.share.toFixed(4)}); ${score.unaligned} not lined up`);
  for (const miss of misses.slice(0, Number(values.misses))) {
    console.log(`  ${miss.word}: says ${miss.gold.map(Number).join('')}, romanised ${miss.predicted.map(Number).join('')}`);
  }
}
