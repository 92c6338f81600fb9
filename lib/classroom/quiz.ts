import { linkPassageTerms, type Passage } from '@/lib/content';
import type { GlossaryEntry, GlossaryLinker } from '@/lib/glossary';
import { quizKinds, type Answers, type QuizKind, type QuizQuestion } from './types';

/** The choices a gender question offers, in this order; the page names them in the reader's language. */
export const genderChoices = ['m', 'f'] as const;

const choicesWanted = 4;
/** A meaning or source question with fewer distractors than this would be guessed, not answered. */
const fewestDistractors = 2;

/** Most questions a quiz asks, however long its range: a quiz is a check, not the lesson. */
export const maxQuizQuestions = 10;

export type QuizOptions = { seed?: string; maxQuestions?: number };

type Candidate = Omit<QuizQuestion, 'id'>;

/**
 * The loanword quiz of a sentence range. Each glossary entry linked in the range's Hindi may be
 * asked for its meaning and its source word (distractors drawn from other entries of the same part
 * of speech) and, for a noun, its gender. Of these, at most `maxQuestions` are asked: one per entry
 * before any entry is asked twice, each entry asked the kind asked least so far, entries taken in
 * an order drawn from the seed. The questions then follow the text. The same passage, range and
 * seed always give the same questions.
 */
export function buildQuiz(
  passage: Passage,
  linker: GlossaryLinker,
  entries: readonly GlossaryEntry[],
  firstSentence: number,
  lastSentence: number,
  options: QuizOptions = {},
): QuizQuestion[] {
  const random = seededRandom(options.seed ?? `${passage.slug}:${firstSentence}-${lastSentence}`);
  const candidates = candidatesByEntry(passage, linker, entries, firstSentence, lastSentence, random);
  const chosen = chooseQuestions(shuffle(candidates, random), options.maxQuestions ?? maxQuizQuestions, random);
  const order = new Map(candidates.map((group, position) => [group[0]?.entryId, position]));
  return chosen
    .sort((a, b) => (order.get(a.entryId) ?? 0) - (order.get(b.entryId) ?? 0) || quizKinds.indexOf(a.kind) - quizKinds.indexOf(b.kind))
    .map((question, position) => ({ id: `q${position + 1}`, ...question }));
}

/** Every question that could be asked, grouped per entry, entries in the order the text first links them. */
function candidatesByEntry(
  passage: Passage,
  linker: GlossaryLinker,
  entries: readonly GlossaryEntry[],
  firstSentence: number,
  lastSentence: number,
  random: () => number,
): Candidate[][] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const termsBySentence = linkPassageTerms(passage, linker);
  const seen = new Set<string>();
  const groups: Candidate[][] = [];
  for (let sentence = firstSentence; sentence <= lastSentence; sentence += 1) {
    const text = passage.hi.sentences[sentence]?.text ?? '';
    for (const term of termsBySentence[sentence] ?? []) {
      const entry = byId.get(term.entryId);
      if (!entry || seen.has(entry.id)) continue;
      seen.add(entry.id);
      const asked = { entryId: entry.id, term: text.slice(term.start, term.end), sentence };
      const group: Candidate[] = [];
      for (const kind of ['meaning', 'source'] as const) {
        const question = multipleChoice(kind, entry, entries, random);
        if (question) group.push({ kind, ...asked, ...question });
      }
      if (entry.pos === 'noun' && entry.gender) {
        group.push({ kind: 'gender', ...asked, choices: [...genderChoices], answer: genderChoices.indexOf(entry.gender) });
      }
      if (group.length > 0) groups.push(group);
    }
  }
  return groups;
}

/** Round after round over the entries, each taking the kind of question asked least so far, until the cap. */
function chooseQuestions(groups: readonly Candidate[][], cap: number, random: () => number): Candidate[] {
  const remaining = groups.map((group) => [...group]);
  const asked = new Map<QuizKind, number>(quizKinds.map((kind) => [kind, 0]));
  const chosen: Candidate[] = [];
  while (chosen.length < cap && remaining.some((group) => group.length > 0)) {
    for (const group of remaining) {
      if (chosen.length >= cap) break;
      if (group.length === 0) continue;
      const fewest = Math.min(...group.map((candidate) => asked.get(candidate.kind) ?? 0));
      const least = group.filter((candidate) => (asked.get(candidate.kind) ?? 0) === fewest);
      const pick = least[Math.floor(random() * least.length)] as Candidate;
      group.splice(group.indexOf(pick), 1);
      asked.set(pick.kind, fewest + 1);
      chosen.push(pick);
    }
  }
  return chosen;
}

function multipleChoice(
  kind: Exclude<QuizKind, 'gender'>,
  entry: GlossaryEntry,
  entries: readonly GlossaryEntry[],
  random: () => number,
): { choices: string[]; answer: number } | null {
  const correct = entry[kind];
  // Keyed by a normalised form: two entries that differ only in case or spacing would make two right answers.
  const pool = new Map<string, string>();
  for (const other of entries) {
    if (other.id === entry.id || other.pos !== entry.pos) continue;
    const key = normalized(other[kind]);
    if (key !== normalized(correct) && !pool.has(key)) pool.set(key, other[kind]);
  }
  const distinct = [...pool.values()];
  if (distinct.length < fewestDistractors) return null;
  const distractors = shuffle(distinct, random).slice(0, choicesWanted - 1);
  const answer = Math.floor(random() * (distractors.length + 1));
  const choices = [...distractors];
  choices.splice(answer, 0, correct);
  return { choices, answer };
}

/** How many questions were answered right; a missing or out-of-range answer counts as wrong. */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: Answers['quiz']): { correct: number; total: number } {
  const correct = questions.filter((question) => answers[question.id] === question.answer).length;
  return { correct, total: questions.length };
}

function normalized(value: string): string {
  return value.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
}

function shuffle<T>(values: readonly T[], random: () => number): T[] {
  const result = [...values];
  for (let position = result.length - 1; position > 0; position -= 1) {
    const other = Math.floor(random() * (position + 1));
    [result[position], result[other]] = [result[other] as T, result[position] as T];
  }
  return result;
}

/** mulberry32 over a string hash (FNV-1a): small, fast and the same on every machine. */
function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (const char of seed) state = Math.imul(state ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
