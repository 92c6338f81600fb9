import { lexicon } from 'en-lexicon';

/** Penn Treebank tags of proper nouns; any other tag makes a word also a common one. */
const PROPER_NOUN_TAGS = new Set(['NNP', 'NNPS']);
const PLURAL_TAGS = new Set(['NNS', 'NNPS']);

/** Months, days and feasts are capitalised and tagged as proper nouns, yet Hindi borrows them. */
const CALENDAR_WORDS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Christmas', 'Easter', 'Halloween',
]);

/**
 * Nouns that follow a name without being part of a person's name: the ends of the names of
 * places and institutions (Carnegie Mellon University, Kansas City) and a party's members
 * (Massachusetts Democrat). They stay common words, which Hindi borrows (यूनिवर्सिटी, सिटी).
 */
const INSTITUTION_WORDS = new Set([
  'academy', 'agency', 'airport', 'arena', 'association', 'avenue', 'bank', 'bay', 'beach',
  'board', 'bridge', 'camp', 'canal', 'castle', 'cathedral', 'center', 'centre', 'chamber',
  'channel', 'church', 'city', 'club', 'college', 'commission', 'committee', 'company',
  'conference', 'council', 'county', 'court', 'department', 'district', 'foundation', 'group',
  'hall', 'hospital', 'hotel', 'house', 'institute', 'island', 'lake', 'league', 'library',
  'market', 'medical', 'mountain', 'museum', 'office', 'palace', 'park', 'party', 'police',
  'port', 'project', 'radio', 'river', 'road', 'school', 'square', 'stadium', 'state',
  'station', 'street', 'studio', 'terrace', 'theatre', 'theater', 'tower', 'town', 'trust',
  'university', 'valley', 'zoo',
  'assembly', 'congress', 'government', 'ministry', 'parliament', 'senate',
  'conservative', 'democrat', 'liberal', 'republican',
]);

/** Titles, honorifics and offices that a name follows: Mr Small is a man, not the adjective. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev', 'revd', 'reverend', 'father', 'saint', 'st', 'prince', 'princess', 'king', 'queen',
  'president', 'senator', 'sen', 'rep', 'governor', 'gov', 'mayor', 'chancellor', 'minister',
  'secretary', 'general', 'attorney', 'judge', 'justice', 'inspector', 'deputy', 'chief',
  'captain', 'coach', 'officer', 'sergeant', 'detective',
]);

const ACRONYM = /^[A-Z]{2,}s?$/;
/** What may stand between a title and the name: Mr Small, Mr. Small. */
const TITLE_GAP = /^\.?\s+$/u;
/** What may stand between the words of one name: Dustin Lance Black, Black-Daley. */
const NAME_GAP = /^(\s+|-)$/u;
const HYPHEN = /^-$/u;

/** The lexicon's tags for a word as written, most likely first; none when it lacks the word. */
function listTags(word: string): string[] {
  // hasOwn, because the lexicon is a plain object and "constructor" is a word.
  return Object.hasOwn(lexicon, word) ? (lexicon[word] ?? '').split('|') : [];
}

/**
 * True for a capitalised word that English uses only as a name, of a person, a place or a
 * company (James, Angeles, London, Nielsen, or a word the lexicon lacks): the lexicon has no
 * common word of its spelling in lower case, and the capitalised word is most likely a proper
 * noun (German is most likely an adjective). Black, Center and Trump are common words too, and
 * are names only where the context says so (`findNames`).
 */
function isNameOnly(word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || CALENDAR_WORDS.has(word)) return false;
  const [likeliest] = listTags(word);
  const isMostlyProperNoun = likeliest === undefined || PROPER_NOUN_TAGS.has(likeliest);
  return isMostlyProperNoun && !isCommonWord(word) && !isPluralOfCommonWord(word);
}

/** A plural the lexicon lacks, of a singular it has as a common word: Headmasters. */
function isPluralOfCommonWord(word: string): boolean {
  if (listTags(word).length > 0 || !word.endsWith('s')) return false;
  return isCommonWord(word.slice(0, -1)) || (word.endsWith('es') && isCommonWord(word.slice(0, -2)));
}

/** True for a word the lexicon knows in lower case as a common word: trim, not trimm or scor. */
export function isCommonWord(word: string): boolean {
  return listTags(word.toLowerCase()).some((tag) => !PROPER_NOUN_TAGS.has(tag));
}

/**
 * True for a word the lexicon knows as a plural (Americans, shares), or a plural of a common word
 * it lacks (Headmasters); James and Angeles are not.
 */
export function isPluralWord(word: string): boolean {
  const tags = [...listTags(word), ...listTags(word.toLowerCase())];
  return tags.some((tag) => PLURAL_TAGS.has(tag)) || isPluralOfCommonWord(word);
}

function isInstitutionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return INSTITUTION_WORDS.has(lower) || INSTITUTION_WORDS.has(lower.replace(/s$/, ''));
}

function isTitle(word: string): boolean {
  return /^\p{Lu}/u.test(word) && TITLES.has(word.toLowerCase());
}

/** A word of an English sentence, with what stands before it. */
export interface EnglishToken {
  /** The word, a possessive 's removed. */
  text: string;
  /** The text between the word before and this one. */
  gap: string;
  opensSentence: boolean;
}

/**
 * How a word is a name: `always` when English uses it only as one, `here` when the context makes
 * a common word one; null for a word that is no name.
 */
export type NameKind = 'always' | 'here' | null;

/**
 * A headline capitalises its words (Abercrombie Undergoes Emergency Surgery), so case tells
 * nothing there. Names are left out of the count: a sentence about people has many of them.
 */
function isTitleCased(tokens: readonly EnglishToken[], names: readonly NameKind[]): boolean {
  const longWords = tokens.filter(({ text }, index) => /^\p{L}{4,}$/u.test(text) && names[index] === null);
  const capitalised = longWords.filter(({ text }) => /^\p{Lu}/u.test(text)).length;
  return longWords.length >= TITLE_CASE_MIN_WORDS && capitalised > longWords.length * TITLE_CASE_SHARE;
}

const TITLE_CASE_MIN_WORDS = 4;
const TITLE_CASE_SHARE = 0.8;

/** True for a capitalised word that the lexicon knows as an adjective: American, German, New. */
function isAdjective(word: string): boolean {
  return listTags(word).includes('JJ');
}

/**
 * Which words of a sentence are names. A word English uses only as a name is one anywhere; a
 * capitalised common word is one after a title (Mr Small, President Trump), after a name unless
 * it ends the name of a place or an institution (Donald Trump, Raheem Sterling, but Carnegie
 * Mellon University), before a hyphen and a name (Black-Daley), and, inside a sentence, before
 * a word that is only ever a name unless it is an adjective (John Vann, but not German in German
 * Bundestag); in a headline only the first.
 */
export function findNames(tokens: readonly EnglishToken[]): NameKind[] {
  const isCapitalised = tokens.map(({ text }) => /^\p{Lu}/u.test(text) && !ACRONYM.test(text));
  const names: NameKind[] = tokens.map(({ text }, index) =>
    isCapitalised[index] && !isTitle(text) && isNameOnly(text) ? 'always' : null,
  );
  if (isTitleCased(tokens, names)) return names;
  for (let index = 1; index < tokens.length; index += 1) {
    const previous = tokens[index - 1] as EnglishToken;
    const token = tokens[index] as EnglishToken;
    if (!isCapitalised[index] || names[index] !== null || isTitle(token.text)) continue;
    const afterTitle = isTitle(previous.text) && TITLE_GAP.test(token.gap);
    const afterName =
      names[index - 1] !== null && NAME_GAP.test(token.gap) && !isInstitutionWord(token.text);
    if (afterTitle || afterName) names[index] = 'here';
  }
  for (let index = tokens.length - 2; index >= 0; index -= 1) {
    const token = tokens[index] as EnglishToken;
    const next = tokens[index + 1] as EnglishToken;
    if (!isCapitalised[index] || names[index] !== null || isTitle(token.text)) continue;
    const beforeHyphenatedName = names[index + 1] !== null && HYPHEN.test(next.gap);
    const beforeName =
      names[index + 1] === 'always' &&
      NAME_GAP.test(next.gap) &&
      !token.opensSentence &&
      !isAdjective(token.text) &&
      !isInstitutionWord(token.text);
    if (beforeHyphenatedName || beforeName) names[index] = 'here';
  }
  return names;
}
