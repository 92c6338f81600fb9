import { describe, expect, it } from 'vitest';
import { readNtrexDocuments } from '@/lib/datasets';
import { detectLoanwords, type LoanwordCandidate, type SentencePair } from '@/lib/loanwords';
import { findNames, type EnglishToken } from '@/lib/loanwords/english-names';
import { listLemmas } from '@/lib/loanwords/english-sounds';

const documents = new Map(readNtrexDocuments().map((document) => [document.name, document]));

/** Line `line` (from 1) of an NTREX development document, both sides. */
function readNtrexPair(name: string, line: number): SentencePair {
  const document = documents.get(name);
  const hi = document?.hi[line - 1];
  const en = document?.en[line - 1];
  if (hi === undefined || en === undefined) throw new Error(`${name} has no line ${line}`);
  return { hi, en };
}

function describeCandidates(candidates: readonly LoanwordCandidate[]): string[] {
  return candidates.map((candidate) => `${candidate.headword} ← ${candidate.source}`);
}

describe('a known form', () => {
  const socialMedia = readNtrexPair('dailymail.co.uk.298602', 1);
  const germanMedia = readNtrexPair('rt.com.91350', 11);

  it('does not hide its words elsewhere: मीडिया alone is detected beside the entry सोशल मीडिया', () => {
    expect(socialMedia.hi).toContain('सोशल मीडिया');
    expect(germanMedia.hi).toContain('जर्मन मीडिया');
    const candidates = detectLoanwords([socialMedia, germanMedia], { knownForms: ['सोशल मीडिया'] });
    const media = candidates.find((candidate) => candidate.headword === 'मीडिया');
    expect(media?.source).toBe('media');
    expect(media?.example).toEqual(germanMedia);
    expect(candidates.map((candidate) => candidate.headword)).not.toContain('सोशल');
  });

  it('keeps its English partner, so जून keeps June and no other word takes it', () => {
    const pair = { hi: 'जून में जोन बदल गया', en: 'The region changed in June' };
    expect(describeCandidates(detectLoanwords([pair]))).toEqual(['जून ← June']);
    expect(detectLoanwords([pair], { knownForms: ['जून'] })).toEqual([]);
  });

  it('keeps its English partner in a real sentence: अंतिम does not take team from टीम', () => {
    const pair = readNtrexPair('bbc.381705', 13);
    expect(pair.hi).toContain('अपनी टीम के');
    const candidates = detectLoanwords([pair], { knownForms: ['टीम'] });
    expect(candidates.map((candidate) => candidate.source)).not.toContain('team');
    expect(candidates.map((candidate) => candidate.headword)).toContain('मैच');
  });
});

describe('names', () => {
  it.each([
    ['bbc.381692', 11, 'जेम्स', /^(Jam|James)$/],
    ['foxnews.94512', 3, 'एंजिल्स', /^(Angel|Angeles)$/],
    ['reuters.218921', 3, 'एंजिल्स', /^(Angel|Angeles)$/],
  ])('%s line %i: %s gets no proposed entry and is never cut short', (name, line, word, source) => {
    const pair = readNtrexPair(name, line);
    expect(pair.hi).toContain(word);
    const candidates = detectLoanwords([pair]);
    const stem = word.replace(/्स$/, '');
    for (const candidate of candidates) {
      expect(candidate.source).not.toMatch(source);
      expect([candidate.headword, ...candidate.forms]).not.toContain(word);
      expect(candidate.headword).not.toBe(stem);
    }
  });

  it('still finds the loanwords of a sentence with names in it', () => {
    const sources = detectLoanwords([readNtrexPair('reuters.218921', 3)]).map((candidate) => candidate.source);
    expect(sources).toEqual(expect.arrayContaining(['playoff', 'game']));
    expect(sources).not.toContain('Rocky');
    expect(sources).not.toContain('Colorado');
  });

  it('keeps a name’s Hindi word from being proposed through a demonym elsewhere in the text', () => {
    const pairs = [
      { hi: 'जर्मनी ने युद्धपोत लौटा दिया', en: 'Germany returned the warship' },
      { hi: 'जर्मनी की नौसेना', en: 'the German navy' },
    ];
    expect(detectLoanwords(pairs).map((candidate) => candidate.headword)).not.toContain('जर्मनी');
  });
});

describe('source words', () => {
  it('are whole words: scored is score, not the dictionary’s scor', () => {
    const pair = readNtrexPair('bbc.381746', 9);
    const score = detectLoanwords([pair]).find((candidate) => candidate.headword === 'स्कोर');
    expect(score?.source).toBe('score');
  });

  it.each([
    ['trimmed', ['trim']],
    ['scored', ['score']],
    ['slotted', ['slot']],
    ['websites', ['website']],
  ])('lemmatise %s to %j', (word, lemmas) => {
    expect(listLemmas(word)).toEqual(lemmas);
  });
});

/** Splits an English sentence into the tokens findNames reads; words are runs of letters. */
function tokenize(sentence: string): EnglishToken[] {
  const tokens: EnglishToken[] = [];
  let previousEnd = 0;
  for (const match of sentence.matchAll(/\p{L}+/gu)) {
    const gap = sentence.slice(previousEnd, match.index);
    tokens.push({ text: match[0], gap, opensSentence: tokens.length === 0 || /[.!?]\s*$/u.test(gap) });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}

function listNames(sentence: string): string[] {
  const tokens = tokenize(sentence);
  const names = findNames(tokens);
  return tokens.filter((_, index) => names[index] !== null).map((token) => token.text);
}

describe('findNames', () => {
  it.each([
    ['He and his brother Dr James Vann laid a wreath', ['James', 'Vann']],
    ['The Los Angeles Democrat asserted that', ['Los', 'Angeles']],
    ['a son called Robert Ray Black-Daley', ['Robert', 'Ray', 'Black', 'Daley']],
    ['said President Trump and Mr Small', ['Trump', 'Small']],
    ['a professor at Carnegie Mellon University', ['Carnegie', 'Mellon']],
    ['Anthropic, the American AI startup, in June', []],
    ['the German navy and the Supreme Court', []],
    ['a letter from the Headmasters of independent schools', []],
  ])('%s', (sentence, names) => {
    expect(listNames(sentence)).toEqual(names);
  });

  it('reads no context into a headline, where every word is capitalised', () => {
    expect(listNames('Abercrombie Undergoes Emergency Surgery After Game')).toEqual(['Abercrombie']);
  });
});
