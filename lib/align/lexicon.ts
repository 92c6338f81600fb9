import { toMatchKey } from '@/lib/text';
import { ACTIONS } from './word-list/actions';
import { EVERYDAY_LIFE } from './word-list/everyday-life';
import { NEWS_CORE } from './word-list/news-core';
import { PUBLIC_LIFE } from './word-list/public-life';
import { QUALITIES } from './word-list/qualities';
import { SPEECH_THOUGHT_MOTION } from './word-list/speech-thought-motion';
import { WORK_SCIENCE_CULTURE } from './word-list/work-science-culture';

/**
 * The hand-written Hindi–English word list of news vocabulary, in `word-list/` by subject (about
 * 2,000 concepts). Each concept is listed once: two lines that a Hindi word and an English word
 * both match would count one translation twice, so they are one line. Loanwords (पुलिस "police",
 * कंपनी "company") are left out: their consonant skeletons already match. So are light verbs (दिया, लिया, आया) and vague quantities (कुछ, बहुत),
 * which translations render too freely to tell anything.
 * Each line is one concept: Hindi forms, "=", English forms. A form ending in "*" matches any
 * word starting with it (inflections: सरकार* covers सरकारी, सरकारों); other forms match exactly.
 * Hindi forms are written without nukta, as `toMatchKey` removes it, and with anusvara for
 * chandrabindu. Hand-written: no npm package ships a Hindi–English word list.
 */
export const NEWS_WORD_LIST = [
  NEWS_CORE,
  SPEECH_THOUGHT_MOTION,
  ACTIONS,
  QUALITIES,
  EVERYDAY_LIFE,
  PUBLIC_LIFE,
  WORK_SCIENCE_CULTURE,
].join('\n');

/** Word lists of one side: exact forms, and stems that match any word starting with them. */
interface SideIndex {
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
  longestStem: number;
}

export interface Lexicon {
  conceptCount: number;
  hindi: SideIndex;
  english: SideIndex;
}

function createSideIndex(): SideIndex {
  return { exact: new Map(), stems: new Map(), longestStem: 0 };
}

function addForm(index: SideIndex, form: string, concept: number): void {
  const isStem = form.endsWith('*');
  const key = isStem ? form.slice(0, -1) : form;
  const map = isStem ? index.stems : index.exact;
  const concepts = map.get(key);
  if (concepts === undefined) map.set(key, [concept]);
  else if (!concepts.includes(concept)) concepts.push(concept);
  if (isStem) index.longestStem = Math.max(index.longestStem, key.length);
}

/** Parses lines of "Hindi forms = English forms"; a line without both sides is a mistake. */
export function parseLexicon(text: string): Lexicon {
  const lexicon: Lexicon = { conceptCount: 0, hindi: createSideIndex(), english: createSideIndex() };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [hindiSide, englishSide, extra] = line.split('=');
    const hindiForms = hindiSide?.trim().split(/\s+/).filter(Boolean) ?? [];
    const englishForms = englishSide?.trim().split(/\s+/).filter(Boolean) ?? [];
    if (extra !== undefined || hindiForms.length === 0 || englishForms.length === 0) {
      throw new Error(`lexicon line needs "Hindi forms = English forms": "${line}"`);
    }
    const concept = lexicon.conceptCount;
    lexicon.conceptCount += 1;
    for (const form of hindiForms) addForm(lexicon.hindi, normalizeHindiWord(form), concept);
    for (const form of englishForms) addForm(lexicon.english, form.toLowerCase(), concept);
  }
  return lexicon;
}

const CHANDRABINDU = /\u0901/g;

/** Nukta dropped and chandrabindu read as anusvara: spellings of one word vary in both. */
export function normalizeHindiWord(word: string): string {
  return toMatchKey(word).replace(CHANDRABINDU, '\u0902');
}

const NO_CONCEPTS: readonly number[] = [];

/**
 * Concepts of one word of one side (Hindi after `normalizeHindiWord`, English in lower case):
 * its exact form's, and those of every listed stem it starts with.
 */
export function findConcepts(index: SideIndex, word: string): readonly number[] {
  const exact = index.exact.get(word);
  let found: number[] | undefined = exact === undefined ? undefined : [...exact];
  const longest = Math.min(word.length, index.longestStem);
  for (let length = 1; length <= longest; length += 1) {
    const concepts = index.stems.get(word.slice(0, length));
    if (concepts === undefined) continue;
    found ??= [];
    for (const concept of concepts) if (!found.includes(concept)) found.push(concept);
  }
  return found ?? NO_CONCEPTS;
}

export const NEWS_LEXICON: Lexicon = parseLexicon(NEWS_WORD_LIST);
