import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary, loadPassage, type Passage } from '@/lib/content';
import { createGlossaryLinker, type GlossaryEntry, type GlossaryLinker } from '@/lib/glossary';
import { buildQuiz, scoreQuiz } from '@/lib/classroom';

const slug = 'anthropic-safeguards-head-resigns';

describe('loanword quiz', () => {
  let passage: Passage;
  let entries: GlossaryEntry[];
  let linker: GlossaryLinker;

  beforeAll(async () => {
    const loaded = await loadPassage(slug);
    if (!loaded) throw new Error(`the seed passage ${slug} is missing`);
    passage = loaded;
    entries = await loadGlossary();
    linker = createGlossaryLinker(entries);
  });

  it('asks meaning and source for every entry in the range, and gender for nouns only', () => {
    const questions = buildQuiz(passage, linker, entries, 0, 5);
    expect(questions.length).toBeGreaterThan(3);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const question of questions) {
      const entry = byId.get(question.entryId);
      expect(entry).toBeDefined();
      expect(question.sentence).toBeGreaterThanOrEqual(0);
      expect(question.sentence).toBeLessThanOrEqual(5);
      expect(passage.hi.sentences[question.sentence]?.text).toContain(question.term);
      const right = question.choices[question.answer];
      if (question.kind === 'meaning') expect(right).toBe(entry?.meaning);
      if (question.kind === 'source') expect(right).toBe(entry?.source);
      if (question.kind === 'gender') {
        expect(entry?.pos).toBe('noun');
        expect(question.choices).toEqual(['m', 'f']);
        expect(right).toBe(entry?.gender);
      }
    }
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    expect(questions.some((question) => question.kind === 'gender')).toBe(true);
  });

  it('draws four distinct choices from entries of the same part of speech', () => {
    const questions = buildQuiz(passage, linker, entries, 0, 10).filter((question) => question.kind !== 'gender');
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const question of questions) {
      const entry = byId.get(question.entryId);
      expect(question.choices).toHaveLength(4);
      expect(new Set(question.choices).size).toBe(4);
      const kind = question.kind === 'meaning' ? 'meaning' : 'source';
      const samePos = new Set(entries.filter((other) => other.pos === entry?.pos).map((other) => other[kind]));
      for (const choice of question.choices) expect(samePos.has(choice)).toBe(true);
    }
  });

  it('gives the same quiz for the same seed and another order for another seed', () => {
    const first = buildQuiz(passage, linker, entries, 0, 10, { seed: 'a' });
    expect(buildQuiz(passage, linker, entries, 0, 10, { seed: 'a' })).toEqual(first);
    const other = buildQuiz(passage, linker, entries, 0, 10, { seed: 'b' });
    expect(other.map((question) => question.entryId)).toEqual(first.map((question) => question.entryId));
    expect(other.map((question) => question.choices)).not.toEqual(first.map((question) => question.choices));
  });

  it('skips a question whose part of speech has too few other entries', () => {
    const lonely = entries.filter((entry) => entry.pos === 'noun').slice(0, 60);
    const only = { ...lonely[0]!, pos: 'adverb' as const };
    const few = [only, ...lonely.slice(1)];
    const questions = buildQuiz(passage, createGlossaryLinker(few), few, 0, passage.hi.sentences.length - 1);
    expect(questions.filter((question) => question.entryId === only.id && question.kind !== 'gender')).toEqual([]);
  });

  it('scores right answers and counts missing ones as wrong', () => {
    const questions = buildQuiz(passage, linker, entries, 0, 5);
    const allRight = Object.fromEntries(questions.map((question) => [question.id, question.answer]));
    expect(scoreQuiz(questions, allRight)).toEqual({ correct: questions.length, total: questions.length });
    const [first, ...rest] = questions;
    const oneWrong = { ...allRight, [first!.id]: (first!.answer + 1) % first!.choices.length };
    expect(scoreQuiz(questions, oneWrong).correct).toBe(questions.length - 1);
    expect(scoreQuiz(questions, {}).correct).toBe(0);
    expect(rest.length).toBeGreaterThan(0);
  });
});
