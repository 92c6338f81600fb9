import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The data sets shipped in `data/` (sources and licences in `data/README.md`), for tests,
 * evaluations and benchmarks. The app itself reads none of them.
 */
const dataDir = path.resolve(__dirname, '../../data');

/** NTREX-128 development documents, line-aligned: `NAME.hi.txt` and `NAME.en.txt`. */
export const NTREX_DEV_DIR = path.join(dataDir, 'ntrex-hi-en', 'dev');
export const NTREX_ATTRIBUTION = 'NTREX-128, Federmann, Kocmi and Xin (2022), CC BY-SA 4.0';

/** The Hindi news article that is the first passage, as it was received. */
export const SEED_ARTICLE_FILE = path.join(dataDir, 'seed', '000_a6eff002259f37d9.txt');

/** sacrebleu's chrF test cases with their parameters and expected scores (`data/chrf/README.md`). */
export const CHRF_CASES_FILE = path.join(dataDir, 'chrf', 'sacrebleu-test-chrf-cases.json');

/** Hindi words with broad IPA from WikiPron (Wiktionary, CC BY-SA), `word<TAB>phones` per line. */
export const WIKIPRON_HINDI_FILE = path.join(dataDir, 'wikipron-hin', 'hin_deva_broad.tsv');

export interface LineAlignedDocument {
  name: string;
  hi: string[];
  en: string[];
}

/** A line-aligned corpus file (one sentence per line), blank lines dropped. */
export function readSentenceLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Every NTREX development document, by name. */
export function readNtrexDocuments(directory: string = NTREX_DEV_DIR): LineAlignedDocument[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.hi.txt'))
    .map((file) => file.slice(0, -'.hi.txt'.length))
    .sort()
    .map((name) => ({
      name,
      hi: readSentenceLines(path.join(directory, `${name}.hi.txt`)),
      en: readSentenceLines(path.join(directory, `${name}.en.txt`)),
    }));
}
