import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadGlossary, loadPassage } from '@/lib/content';
import { NTREX_DEV_DIR } from '@/lib/datasets';
import { detectLoanwords, type LoanwordCandidate, type SentencePair } from '@/lib/glossary/detect';
import {
  listGoldLoanwordForms,
  measureDetection,
  pairPassageSentences,
} from '@/lib/glossary/detect-eval';

const SEED_SLUG = 'anthropic-safeguards-head-resigns';

function formatPercent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function describeCandidate(candidate: LoanwordCandidate): string {
  const forms = candidate.forms.join(', ');
  return `${candidate.score.toFixed(2)}  ${candidate.headword} (${candidate.romanization}) ← ${candidate.source}  [${forms}]`;
}

/** Precision, recall and F1 of detection on the seed passage against its reviewed glossary. */
async function evaluateSeed(): Promise<void> {
  const passage = await loadPassage(SEED_SLUG);
  if (!passage) throw new Error(`the seed passage "${SEED_SLUG}" is missing`);
  const pairs = pairPassageSentences(passage);
  const gold = listGoldLoanwordForms(pairs, await loadGlossary());
  const candidates = detectLoanwords(pairs);
  const score = measureDetection(candidates, gold);
  console.log(`seed: ${SEED_SLUG}, ${pairs.length} sentence pairs, ${gold.size} gold forms, ${candidates.length} candidates`);
  console.log(`precision ${formatPercent(score.precision)}  recall ${formatPercent(score.recall)}  F1 ${formatPercent(score.f1)}`);
  console.log(`false positives (${score.falsePositives.length}): ${score.falsePositives.join(' ') || '—'}`);
  console.log(`false negatives (${score.falseNegatives.length}): ${score.falseNegatives.join(' ') || '—'}`);
  if (process.argv.includes('--verbose')) {
    for (const candidate of candidates) console.log(`  ${describeCandidate(candidate)}`);
  }
}

async function readLines(filePath: string): Promise<string[]> {
  return (await readFile(filePath, 'utf8')).split(/\r?\n/);
}

/** Runs detection over each line-aligned NTREX document and prints every candidate, best first. */
async function showNtrex(dir: string): Promise<void> {
  const names = (await readdir(dir))
    .filter((name) => name.endsWith('.hi.txt'))
    .map((name) => name.slice(0, -'.hi.txt'.length))
    .sort();
  const all: Array<{ document: string; candidate: LoanwordCandidate }> = [];
  for (const name of names) {
    const [hiLines, enLines] = await Promise.all([
      readLines(path.join(dir, `${name}.hi.txt`)),
      readLines(path.join(dir, `${name}.en.txt`)),
    ]);
    const pairs: SentencePair[] = hiLines
      .map((hi, index) => ({ hi, en: enLines[index] ?? '' }))
      .filter((pair) => pair.hi.trim() !== '' && pair.en.trim() !== '');
    for (const candidate of detectLoanwords(pairs)) all.push({ document: name, candidate });
  }
  console.log(`\nNTREX dev: ${names.length} documents, ${all.length} candidates`);
  const limit = Number(process.argv[process.argv.indexOf('--top') + 1]) || all.length;
  const sorted = [...all].sort((a, b) => b.candidate.score - a.candidate.score);
  for (const { document, candidate } of sorted.slice(0, limit)) {
    console.log(`  ${describeCandidate(candidate)}  — ${document}`);
  }
}

async function runEvaluation(): Promise<void> {
  await evaluateSeed();
  const ntrexIndex = process.argv.indexOf('--ntrex');
  if (ntrexIndex >= 0) {
    const next = process.argv[ntrexIndex + 1];
    await showNtrex(next && !next.startsWith('--') ? path.resolve(next) : NTREX_DEV_DIR);
  }
}

runEvaluation().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
