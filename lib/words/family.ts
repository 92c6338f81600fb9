import { toMatchKey } from '@/lib/text';

/**
 * Inflectional endings of Hindi nouns, adjectives and verbs, longest first, so that -ियों goes
 * before -ों and -ों before -ो. Verb endings (-ना, -ता, -ेगा …) take the whole ending after the root.
 */
const nounEndings = ['ियां', 'ियों', 'ाएं', 'ाओं', 'ुओं', 'ओं', 'ों', 'ें', 'ीं', 'ां', 'ा', 'े', 'ी', 'ो'];
const verbEndings = ['ूंगा', 'ूंगी', 'ेंगे', 'ेंगी', 'ेगा', 'ेगी', 'ोगे', 'ोगी', 'कर', 'ना', 'ने', 'नी', 'ता', 'ते', 'ती', 'या', 'ये', 'यी'];
const endings = [...nounEndings.map((text) => ({ text, verb: false })), ...verbEndings.map((text) => ({ text, verb: true }))].sort(
  (a, b) => b.text.length - a.text.length,
);

/** Consonants and independent vowels: what a stem must keep enough of to still name a word. */
const BASE_LETTER = /[\u0904-\u0939\u0958-\u0961\u0972-\u097F]/gu;
/** A verb root of one letter ends in a long vowel: जा, खा, पी, दे, ले, सो. */
const LONG_VOWEL_END = /(?:[\u0906\u0908\u090A\u090F\u0910\u0913\u0914]|[\u093E\u0940\u0942\u0947\u0948\u094B\u094C])$/u;
const VIRAMA_END = /\u094D$/u;
const DEVANAGARI = /[\u0900-\u097F]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function baseLetters(text: string): number {
  return text.match(BASE_LETTER)?.length ?? 0;
}

/** Nukta and chandrabindu variants meet: ज़्यादा = ज्यादा, माँ = मां. */
function normalizeWord(word: string): string {
  return toMatchKey(word.trim()).replace(/\u0901/gu, '\u0902');
}

function stemOf(word: string): string {
  for (const ending of endings) {
    if (!word.endsWith(ending.text)) continue;
    const stem = word.slice(0, -ending.text.length);
    if (VIRAMA_END.test(stem)) continue;
    const letters = baseLetters(stem);
    if (letters >= 2 || (ending.verb && letters === 1 && LONG_VOWEL_END.test(stem))) return stem;
  }
  return word;
}

/**
 * The family a word's status is kept under: the word normalised (no nukta, chandrabindu as
 * anusvara) and stripped of one inflectional ending, if a stem of at least two letters is left
 * (or a one-letter verb root such as जा). So लड़का, लड़के, लड़कों, लड़की and लड़कियाँ share a family;
 * करना, करता, करते and करेगा share one. It is a learner's aid, not a lemmatiser: a few unrelated
 * words meet (a stem is a guess) and some forms of one word do not (गया and जाना). A phrase (a glossary
 * term of several words) is the families of its words. Text with no letter (a number) has none: ''.
 */
export function wordFamily(word: string): string {
  const words = normalizeWord(word).split(/\s+/u).filter((part) => LETTER_OR_DIGIT.test(part));
  if (!words.some((part) => /\p{L}/u.test(part))) return '';
  return words.map((part) => (DEVANAGARI.test(part) ? stemOf(part) : part.toLowerCase())).join(' ');
}
