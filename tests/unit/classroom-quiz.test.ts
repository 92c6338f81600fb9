import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary, loadPassage, type Passage } from '@/lib/content';
import { createGlossaryLinker, type GlossaryEntry, type GlossaryLinker } from '@/lib/glossary';
import { buildQuiz, maxQuizQuestions, scoreQuiz } from '@/lib/classroom';

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
    const questions = buildQuiz(passage, linker, entries, 0, 5, { maxQuestions: Infinity });
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

  it('asks at most the cap, one question per entry before any entry twice, of mixed kinds, in the order of the text', () => {
    const uncapped = buildQuiz(passage, linker, entries, 0, 3, { maxQuestions: Infinity });
    const entriesInRange = new Set(uncapped.map((question) => question.entryId));
    expect(uncapped.length).toBeGreaterThan(maxQuizQuestions);
    expect(entriesInRange.size).toBeGreaterThan(maxQuizQuestions);
    for (const seed of ['a', 'b', 'c', 'd']) {
      const questions = buildQuiz(passage, linker, entries, 0, 3, { seed });
      expect(questions).toHaveLength(maxQuizQuestions);
      expect(new Set(questions.map((question) => question.entryId)).size).toBe(maxQuizQuestions);
      expect(questions.map((question) => question.id)).toEqual(questions.map((_, position) => `q${position + 1}`));
      for (const question of questions) expect(entriesInRange.has(question.entryId)).toBe(true);
      const kinds = new Map<string, number>();
      for (const question of questions) kinds.set(question.kind, (kinds.get(question.kind) ?? 0) + 1);
      expect([...kinds.keys()].sort()).toEqual(['gender', 'meaning', 'source']);
      for (const times of kinds.values()) expect(times).toBeLessThanOrEqual(Math.ceil(maxQuizQuestions / 2));
      const sentences = questions.map((question) => question.sentence);
      expect(sentences).toEqual([...sentences].sort((a, b) => a - b));
    }
    const whole = buildQuiz(passage, linker, entries, 0, passage.hi.sentences.length - 1, { seed: 'whole' });
    expect(whole).toHaveLength(maxQuizQuestions);
    expect(new Set(whole.map((question) => question.entryId)).size).toBe(maxQuizQuestions);
  });

  it('asks an entry a second question only once every entry in the range has one', () => {
    const uncapped = buildQuiz(passage, linker, entries, 0, 0, { maxQuestions: Infinity });
    const entryCount = new Set(uncapped.map((question) => question.entryId)).size;
    expect(uncapped.length).toBeGreaterThan(entryCount + 1);
    const questions = buildQuiz(passage, linker, entries, 0, 0, { seed: 's', maxQuestions: entryCount + 1 });
    expect(questions).toHaveLength(entryCount + 1);
    expect(new Set(questions.map((question) => question.entryId)).size).toBe(entryCount);
    const fewer = buildQuiz(passage, linker, entries, 0, 0, { seed: 's', maxQuestions: entryCount - 1 });
    expect(new Set(fewer.map((question) => question.entryId)).size).toBe(entryCount - 1);
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

  it('gives the same quiz for the same seed and another for another seed', () => {
    const first = buildQuiz(passage, linker, entries, 0, 10, { seed: 'a' });
    expect(buildQuiz(passage, linker, entries, 0, 10, { seed: 'a' })).toEqual(first);
    const other = buildQuiz(passage, linker, entries, 0, 10, { seed: 'b' });
    expect(other.map((question) => `${question.entryId}:${question.kind}`)).not.toEqual(
      first.map((question) => `${question.entryId}:${question.kind}`),
    );
    const uncapped = buildQuiz(passage, linker, entries, 0, 10, { seed: 'a', maxQuestions: Infinity });
    const otherUncapped = buildQuiz(passage, linker, entries, 0, 10, { seed: 'b', maxQuestions: Infinity });
    expect(otherUncapped.map((question) => question.entryId)).toEqual(uncapped.map((question) => question.entryId));
    expect(otherUncapped.map((question) => question.choices)).not.toEqual(uncapped.map((question) => question.choices));
  });

  it('skips a question whose part of speech has too few other entries', () => {
    const last = passage.hi.sentences.length - 1;
    const nouns = entries.filter((entry) => entry.pos === 'noun');
    const linked = new Set(buildQuiz(passage, linker, entries, 0, last, { maxQuestions: Infinity }).map((question) => question.entryId));
    const chosen = nouns.find((entry) => linked.has(entry.id));
    if (!chosen) throw new Error('no noun of the glossary is linked in the seed passage');
    const only = { ...chosen, pos: 'adverb' as const };
    const few = [only, ...nouns.filter((entry) => entry.id !== chosen.id)];
    const asNoun = buildQuiz(passage, createGlossaryLinker(nouns), nouns, 0, last, { maxQuestions: Infinity });
    expect(asNoun.filter((question) => question.entryId === chosen.id).map((question) => question.kind)).toEqual(['meaning', 'source', 'gender']);
    const questions = buildQuiz(passage, createGlossaryLinker(few), few, 0, last, { maxQuestions: Infinity });
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.filter((question) => question.entryId === only.id)).toEqual([]);
    const capped = buildQuiz(passage, createGlossaryLinker(few), few, 0, last);
    expect(capped).toHaveLength(maxQuizQuestions);
    expect(capped.filter((question) => question.entryId === only.id)).toEqual([]);
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
