import { describe, expect, it } from 'vitest';
import { alignWithEvidence, DEFAULT_EVIDENCE_PARAMS } from '@/lib/align/evidence';
import { collectConcepts, createLexicalScore } from '@/lib/align/lexical';
import { findConcepts, NEWS_LEXICON, NEWS_WORD_LIST, normalizeHindiWord, parseLexicon } from '@/lib/align/lexicon';
import { describeLinks, readNtrexDocuments } from './align-fixture';

const RATES = DEFAULT_EVIDENCE_PARAMS.lexicalMatchRates;
const FLOOR = DEFAULT_EVIDENCE_PARAMS.lexicalFloor;

function findHindi(word: string): readonly number[] {
  return findConcepts(NEWS_LEXICON.hindi, normalizeHindiWord(word));
}

function findEnglish(word: string): readonly number[] {
  return findConcepts(NEWS_LEXICON.english, word);
}

/** A form of the word list as the matcher reads it: its key, and whether it is a stem. */
interface ListedForm {
  key: string;
  isStem: boolean;
  concept: number;
}

function readForms(side: string, concept: number, normalize: (form: string) => string): ListedForm[] {
  return side
    .trim()
    .split(/\s+/)
    .map((form) => ({ key: normalize(form.replace(/\*$/, '')), isStem: form.endsWith('*'), concept }));
}

/** Pairs of concepts some one word would match on one side: the same form, or a stem and a form it begins. */
function findSideOverlaps(forms: ListedForm[]): Set<string> {
  const sorted = [...forms].sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0));
  const pairs = new Set<string>();
  for (let index = 0; index < sorted.length; index += 1) {
    const form = sorted[index] as ListedForm;
    // Forms the same as this one, or beginning with it when it is a stem, sort right after it.
    for (let next = index + 1; next < sorted.length; next += 1) {
      const other = sorted[next] as ListedForm;
      const matches = other.key === form.key || (form.isStem && other.key.startsWith(form.key));
      if (!matches) break;
      if (other.concept === form.concept) continue;
      const [low, high] = [Math.min(form.concept, other.concept), Math.max(form.concept, other.concept)];
      pairs.add(`${low}:${high}`);
    }
  }
  return pairs;
}

/**
 * Lines of a word list that are one concept twice: a Hindi word matches both and so does an
 * English word, so a translation would count their evidence twice.
 */
function findRepeatedConcepts(text: string): string[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const sides = lines.map((line) => line.split('='));
  const hindi = findSideOverlaps(sides.flatMap(([side = ''], concept) => readForms(side, concept, normalizeHindiWord)));
  const english = findSideOverlaps(
    sides.flatMap(([, side = ''], concept) => readForms(side, concept, (form) => form.toLowerCase())),
  );
  return [...hindi]
    .filter((pair) => english.has(pair))
    .map((pair) => pair.split(':').map((concept) => lines[Number(concept)]).join('  /  '));
}

function shareConcept(hindi: string, english: string): boolean {
  const englishConcepts = new Set(findEnglish(english));
  return findHindi(hindi).some((concept) => englishConcepts.has(concept));
}

describe('the news word list', () => {
  it('matches stems marked with * by prefix and other forms exactly', () => {
    const lexicon = parseLexicon('सरकार* = govern*\nकहा = said');
    expect(findConcepts(lexicon.hindi, 'सरकारी')).toEqual([0]);
    expect(findConcepts(lexicon.english, 'governments')).toEqual([0]);
    expect(findConcepts(lexicon.hindi, 'कहा')).toEqual([1]);
    expect(findConcepts(lexicon.hindi, 'कहानी')).toEqual([]);
    expect(findConcepts(lexicon.english, 'saidi')).toEqual([]);
  });

  it('rejects a line without both sides', () => {
    expect(() => parseLexicon('सरकार government')).toThrow(/Hindi forms = English forms/);
    expect(() => parseLexicon('सरकार = ')).toThrow(/Hindi forms = English forms/);
  });

  it.each([
    ['सरकारी', 'government'],
    ['लोगों', 'people'],
    ['माँ', 'mother'],
    ['फ़ैसला', 'decision'],
    ['रविवार', 'sunday'],
    ['प्रतिशत', 'percent'],
    ['बताया', 'said'],
    ['मुखौटों', 'masks'],
    ['स्थगित', 'postponed'],
    ['घोषित', 'announced'],
    ['युद्धपोतों', 'warships'],
  ])('links %s with "%s", whatever the inflection, nukta or chandrabindu', (hindi, english) => {
    expect(shareConcept(hindi, english)).toBe(true);
  });

  it('keeps apart words that only begin alike', () => {
    expect(shareConcept('कहानी', 'said')).toBe(false);
    expect(shareConcept('गिरफ्तार', 'fell')).toBe(false);
    expect(shareConcept('विश्वास', 'world')).toBe(false);
  });

  it('leaves out light verbs and vague quantities, which translations render too freely', () => {
    for (const word of ['दिया', 'लिया', 'आया', 'कुछ', 'बहुत']) {
      expect(findHindi(word)).toEqual([]);
    }
  });

  it('writes every form as the matcher reads it', () => {
    for (const line of NEWS_WORD_LIST.split('\n').filter((entry) => entry.trim() !== '')) {
      const [hindiSide = '', englishSide = ''] = line.split('=');
      for (const form of hindiSide.trim().split(/\s+/)) {
        // No nukta or chandrabindu; a stem of at least three letters.
        expect(form, line).toMatch(/^[\u0900-\u0963\u0971-\u097F]+\*?$/);
        expect(form, line).not.toMatch(/[\u093C\u0901]/);
        if (form.endsWith('*')) expect(form.length, line).toBeGreaterThan(3);
      }
      for (const form of englishSide.trim().split(/\s+/)) {
        expect(form, line).toMatch(/^[a-z]+\*?$/);
        if (form.endsWith('*')) expect(form.length, line).toBeGreaterThan(4);
      }
    }
  });

  it('lists each concept once: no two lines share both a Hindi and an English word', () => {
    expect(findRepeatedConcepts(NEWS_WORD_LIST)).toEqual([]);
  });

  it.each([
    ['the same forms', 'आदेश = order\nहुक्म आदेश = orders order'],
    ['a stem and a form it begins', 'आदेश* = order*\nआदेशों = orders'],
    ['forms spelt with and without chandrabindu', 'पहुँच* = reach*\nपहुंचा = reached'],
  ])('finds one concept listed twice with %s', (_, text) => {
    expect(findRepeatedConcepts(text)).toHaveLength(1);
  });

  it('keeps two meanings of one word apart when the other side differs', () => {
    expect(findRepeatedConcepts('कहा = said\nबताया = said\nकल = yesterday\nकल = tomorrow')).toEqual([]);
  });

  it('reads "won\'t" as one word, not as "won"', () => {
    const concepts = collectConcepts(['वे जीत गए।'], ["They won't."]);
    expect(concepts.en[0]).toEqual(new Int32Array(0));
    expect((concepts.hi[0] as Int32Array).length).toBeGreaterThan(0);
  });
});

describe('the lexical log-likelihood ratio', () => {
  const hi = [
    'सरकार ने सोमवार को नई नीति की घोषणा की।',
    'बारिश के बाद नदी में बाढ़ आ गई।',
    'अदालत ने आरोपी को जेल भेज दिया।',
  ];
  const en = [
    'The government announced a new policy on Monday.',
    'The river flooded after the rain.',
    'The court sent the accused to jail.',
  ];
  // Lines without listed words: in a document of three lines, every word would be common.
  const filler = Array.from({ length: 7 }, () => 'ठीक है।');
  const fillerEnglish = Array.from({ length: 7 }, () => 'Okay.');
  const concepts = collectConcepts([...hi, ...filler], [...en, ...fillerEnglish]);
  const score = createLexicalScore(concepts, RATES, FLOOR);

  it('is positive for a translation and negative for unrelated sentences', () => {
    for (let index = 0; index < hi.length; index += 1) {
      expect(score(index, index + 1, index, index + 1)).toBeGreaterThan(2);
    }
    expect(score(0, 1, 2, 3)).toBeLessThan(-1);
    expect(score(2, 3, 0, 1)).toBeLessThan(-1);
  });

  it('counts misses down to the floor and no further', () => {
    const unbounded = createLexicalScore(concepts, RATES, Number.NEGATIVE_INFINITY);
    const floored = createLexicalScore(concepts, RATES, -1);
    expect(unbounded(0, 1, 2, 3)).toBeLessThan(-1);
    expect(floored(0, 1, 2, 3)).toBe(-1);
    expect(floored(0, 1, 0, 1)).toBe(unbounded(0, 1, 0, 1));
  });

  it('prefers a link with the translation to one with an unrelated sentence joined', () => {
    expect(score(0, 1, 0, 1)).toBeGreaterThan(score(0, 1, 0, 2));
    expect(score(1, 3, 1, 3)).toBeGreaterThan(score(1, 2, 1, 2));
  });

  it('counts a concept repeated across the sentences of a link once, on either side', () => {
    const [hindi, english] = [hi[0] as string, en[0] as string];
    const repeated = createLexicalScore(
      collectConcepts([hindi, hindi, hindi, ...filler], [english, english, ...fillerEnglish]),
      RATES,
      FLOOR,
    );
    const single = repeated(0, 1, 0, 1);
    expect(single).toBeGreaterThan(2);
    expect(repeated(0, 2, 0, 1)).toBeCloseTo(single, 10);
    expect(repeated(0, 3, 0, 2)).toBeCloseTo(single, 10);
    expect(repeated(1, 3, 1, 2)).toBeCloseTo(single, 10);
  });

  it('refuses a link longer than the aligner ever asks for', () => {
    expect(() => score(0, 4, 0, 1)).toThrow(/1 to 3 sentences/);
  });

  it('gives nothing for a link with an empty side', () => {
    expect(score(0, 1, 0, 0)).toBe(0);
    expect(score(1, 1, 0, 2)).toBe(0);
  });
});

describe('the best aligner with the word list', () => {
  it('drops the Hindi line whose translation is missing, where only word meanings tell', () => {
    const document = readNtrexDocuments().find((candidate) => candidate.name === 'independent.226346');
    if (document === undefined) throw new Error('NTREX document independent.226346 is missing');
    // English line 14 ("… a governmental issue.") is deleted; line 15 is about as long.
    const shortened = [...document.en.slice(0, 14), ...document.en.slice(15)];
    const links = describeLinks(alignWithEvidence(document.hi, shortened));
    expect(links).toContain('14:');
    expect(links).toContain('15:14');
    const withoutWords = describeLinks(
      alignWithEvidence(document.hi, shortened, { ...DEFAULT_EVIDENCE_PARAMS, lexicalWeight: 0 }),
    );
    expect(withoutWords).not.toContain('14:');
  });
});
