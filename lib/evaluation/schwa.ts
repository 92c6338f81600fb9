import { readFileSync } from 'node:fs';
import { WIKIPRON_HINDI_FILE } from '@/lib/datasets';
import { deleteSchwas, parseAksharas } from '@/lib/text';
import type { SchwaLexicon } from '@/lib/text';

const vowelStart = /^[ɑəɪeiʊouɛɔæaʌɐ]/;
const nasalConsonant = /^(n|m|ŋ|ɲ|ɳ|n̪|ɱ)(ᵊ)?$/;
const schwaSounds = /^[əɛaʌɐ]/;

export type SchwaJudgement = { word: string; gold: boolean[]; predicted: boolean[] };

const isVowel = (token: string) => vowelStart.test(token.normalize('NFD'));

/**
 * Which inherent vowels of a word its broad IPA pronounces, in written order; null when the
 * transcription cannot be lined up with the spelling (the word is then left out of the count).
 */
export function pronouncedSchwas(word: string, ipa: string): boolean[] | null {
  const aksharas = parseAksharas(word);
  const tokens = ipa.trim().split(/\s+/);
  const gold: boolean[] = [];
  let position = 0;
  const consonantTokensFrom = (from: number) => tokens.slice(from).filter((token) => !isVowel(token)).length;
  for (let index = 0; index < aksharas.length; index += 1) {
    const akshara = aksharas[index];
    if (!akshara) return null;
    let reducedSchwa = false;
    if (akshara.consonant) {
      const token = tokens[position];
      if (token === undefined || isVowel(token)) return null;
      reducedSchwa = token.endsWith('ᵊ');
      position += 1;
    }
    if (akshara.inherent) {
      const next = tokens[position];
      const said = reducedSchwa || (next !== undefined && schwaSounds.test(next.normalize('NFD')));
      if (next !== undefined && isVowel(next)) position += 1;
      gold.push(said);
    } else if (akshara.vowel !== null) {
      const next = tokens[position];
      if (next === undefined || !isVowel(next)) return null;
      position += 1;
    }
    const consonantsAhead = aksharas.slice(index + 1).filter((later) => later.consonant).length;
    if (akshara.nasal === 'anusvara' && nasalConsonant.test(tokens[position] ?? '') && consonantTokensFrom(position) > consonantsAhead) {
      position += 1;
    }
    if (akshara.visarga && /^[ɦh]/.test(tokens[position] ?? '') && consonantTokensFrom(position) > consonantsAhead) position += 1;
  }
  return position === tokens.length ? gold : null;
}

/** Our romanisation's choice for the same inherent vowels: true where it keeps one. */
export function predictedSchwas(word: string, lexicon?: SchwaLexicon): boolean[] {
  const aksharas = parseAksharas(word);
  const kept = deleteSchwas(aksharas, lexicon);
  return aksharas.flatMap((akshara, index) => (akshara.inherent ? [kept[index]?.vowel !== null] : []));
}

export type SchwaScore = { words: number; correct: number; share: number; unaligned: number };

/** The share of words whose every inherent vowel is kept or dropped as the transcription says. */
export function scoreSchwas(entries: readonly { word: string; ipa: string }[], lexicon?: SchwaLexicon): SchwaScore & { misses: SchwaJudgement[] } {
  let words = 0;
  let correct = 0;
  let unaligned = 0;
  const misses: SchwaJudgement[] = [];
  for (const { word, ipa } of entries) {
    const gold = pronouncedSchwas(word, ipa);
    if (!gold) {
      unaligned += 1;
      continue;
    }
    words += 1;
    const predicted = predictedSchwas(word, lexicon);
    if (predicted.length === gold.length && predicted.every((keep, index) => keep === gold[index])) correct += 1;
    else misses.push({ word, gold, predicted });
  }
  return { words, correct, share: words === 0 ? 0 : correct / words, unaligned, misses };
}

export type WikipronRow = { word: string; ipa: string; line: number };

/** WikiPron's Hindi words, each with its line number (from 0). */
export function readWikipronHindi(file = WIKIPRON_HINDI_FILE): WikipronRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((text, line) => {
      const [word = '', ipa = ''] = text.split('\t');
      return { word: word.normalize('NFC'), ipa, line };
    });
}

/** Every fifth line is held out: never tuned on, and never in the shipped lexicon. */
export const isHeldOut = (row: Pick<WikipronRow, 'line'>) => row.line % 5 === 0;

/** The words of these rows and which inherent vowels each says, for a schwa lexicon. */
export function lexiconEntriesOf(rows: readonly WikipronRow[]): [string, boolean[]][] {
  return rows.flatMap(({ word, ipa }) => {
    const said = pronouncedSchwas(word, ipa);
    return said ? [[word, said] as [string, boolean[]]] : [];
  });
}
