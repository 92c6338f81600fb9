/**
 * Hindi in Latin letters as a reader says it: ISO 15919 letters, with the inherent vowels that
 * Hindi does not pronounce left out (कमरा kamrā, not kamarā). Transliteration libraries keep
 * every inherent vowel, so the Hindi rules are written here.
 */

import { consonantPrefixes, wordSuffixes } from './morphemes';
import type { SchwaLexicon } from './schwa-lexicon';

const consonants: Record<string, string> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'ṅ',
  च: 'c', छ: 'ch', ज: 'j', झ: 'jh', ञ: 'ñ',
  ट: 'ṭ', ठ: 'ṭh', ड: 'ḍ', ढ: 'ḍh', ण: 'ṇ',
  त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n',
  प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm',
  य: 'y', र: 'r', ल: 'l', व: 'v', ळ: 'ḷ',
  श: 'ś', ष: 'ṣ', स: 's', ह: 'h',
};

const nuktaConsonants: Record<string, string> = { क: 'q', ख: 'x', ग: 'ġ', ज: 'z', फ: 'f', ड: 'ṛ', ढ: 'ṛh' };

/** Precomposed nukta letters, as some texts type them. */
const precomposedNukta: Record<string, string> = {
  '\u0958': 'क', '\u0959': 'ख', '\u095A': 'ग', '\u095B': 'ज', '\u095C': 'ड', '\u095D': 'ढ', '\u095E': 'फ',
};

const independentVowels: Record<string, string> = {
  अ: 'a', आ: 'ā', इ: 'i', ई: 'ī', उ: 'u', ऊ: 'ū', ऋ: 'r̥', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऑ: 'ô', ऍ: 'ê',
};

const vowelSigns: Record<string, string> = {
  'ा': 'ā', 'ि': 'i', 'ी': 'ī', 'ु': 'u', 'ू': 'ū', 'ृ': 'r̥', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'ô', 'ॅ': 'ê',
};

const nukta = '\u093C';
const virama = '\u094D';
const anusvara = 'ं';
const candrabindu = 'ँ';
const visarga = 'ः';

/** The nasal a reader says for an anusvara before each place of articulation. */
const homorganicNasal: Record<string, string> = {
  k: 'ṅ', kh: 'ṅ', g: 'ṅ', gh: 'ṅ',
  c: 'ñ', ch: 'ñ', j: 'ñ', jh: 'ñ',
  ṭ: 'ṇ', ṭh: 'ṇ', ḍ: 'ṇ', ḍh: 'ṇ',
  t: 'n', th: 'n', d: 'n', dh: 'n', n: 'n',
  p: 'm', ph: 'm', b: 'm', bh: 'm', m: 'm',
};

type Nasal = 'none' | 'anusvara' | 'candrabindu';

/** One written syllable: a consonant (or none, for an independent vowel) and what follows it. */
export interface Akshara {
  consonant: string | null;
  /** The vowel written or inherent; null after a virama. */
  vowel: string | null;
  inherent: boolean;
  nasal: Nasal;
  visarga: boolean;
}

/** A Devanagari word as aksharas; anything else in it is dropped. */
export function parseAksharas(word: string): Akshara[] {
  const chars = [...word.normalize('NFC')].flatMap((char) => (precomposedNukta[char] ? [precomposedNukta[char], nukta] : [char]));
  const aksharas: Akshara[] = [];
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index] as string;
    const last = aksharas.at(-1);
    if (consonants[char]) {
      let letter = consonants[char];
      if (chars[index + 1] === nukta) {
        letter = nuktaConsonants[char] ?? letter;
        index += 1;
      }
      aksharas.push({ consonant: letter, vowel: 'a', inherent: true, nasal: 'none', visarga: false });
    } else if (independentVowels[char]) {
      aksharas.push({ consonant: null, vowel: independentVowels[char], inherent: false, nasal: 'none', visarga: false });
    } else if (vowelSigns[char] && last?.inherent) {
      last.vowel = vowelSigns[char];
      last.inherent = false;
    } else if (char === virama && last?.inherent) {
      last.vowel = null;
      last.inherent = false;
    } else if ((char === anusvara || char === candrabindu) && last) {
      last.nasal = char === anusvara ? 'anusvara' : 'candrabindu';
    } else if (char === visarga && last) {
      last.visarga = true;
    }
  }
  return aksharas;
}

const hasVowel = (akshara: Akshara | undefined) => akshara !== undefined && akshara.vowel !== null;

/**
 * Which inherent vowels are said, by Ohala's rule as Hindi readers apply it: the last one of a
 * word goes (unless the word is that one syllable, or it follows a cluster that needs it, as in
 * मित्र mitra), and, right to left, one between a vowel and a consonant-vowel goes (समझना
 * samajhnā: once झ has lost its vowel, म keeps its own).
 */
export function deleteSchwas(aksharas: readonly Akshara[], lexicon?: SchwaLexicon): Akshara[] {
  const byRule = splitAtMorphemes(aksharas).flatMap(deleteSchwasOfPart);
  const known = lexicon?.lookup(aksharas);
  if (!known) return byRule;
  return byRule.map((akshara, index) => {
    const said = known[index];
    return aksharas[index]?.inherent && typeof said === 'boolean' ? { ...akshara, vowel: said ? 'a' : null } : akshara;
  });
}

const sameAkshara = (a: Akshara | undefined, b: Akshara | undefined) =>
  a !== undefined && b !== undefined && a.consonant === b.consonant && a.vowel === b.vowel && a.nasal === b.nasal && a.visarga === b.visarga;

const startsWithAksharas = (word: readonly Akshara[], part: readonly Akshara[], at: number) =>
  part.every((akshara, offset) => sameAkshara(word[at + offset], akshara));

let morphemeAksharas: { prefixes: Akshara[][]; suffixes: Akshara[][] } | undefined;

/** The morpheme lists as aksharas, parsed once, on first use. */
function parsedMorphemes() {
  morphemeAksharas ??= { prefixes: consonantPrefixes.map(parseAksharas), suffixes: wordSuffixes.map(parseAksharas) };
  return morphemeAksharas;
}

/**
 * A word's parts at a known prefix, suffix or echo seam. A part keeps at least two aksharas, and
 * what a prefix leaves three, since a rest of two is mostly a verb's stem and -ना (बदलना badalnā
 * is not बद + लना).
 */
function splitAtMorphemes(aksharas: readonly Akshara[]): Akshara[][] {
  const minimum = 2;
  for (const prefix of parsedMorphemes().prefixes) {
    if (aksharas.length - prefix.length >= minimum + 1 && startsWithAksharas(aksharas, prefix, 0)) {
      return [aksharas.slice(0, prefix.length), ...splitAtMorphemes(aksharas.slice(prefix.length))];
    }
  }
  for (const suffix of parsedMorphemes().suffixes) {
    const at = aksharas.length - suffix.length;
    if (at >= minimum && startsWithAksharas(aksharas, suffix, at)) {
      return [...splitAtMorphemes(aksharas.slice(0, at)), aksharas.slice(at)];
    }
  }
  if (isEchoPair(aksharas)) return [aksharas.slice(0, 2), ...splitAtMorphemes(aksharas.slice(2))];
  return [[...aksharas]];
}

/**
 * A word that begins with a syllable said twice, or again with another first consonant, as
 * Hindi's reduplicated words do (जगमगाना jag-magānā, खटखटाना khaṭ-khaṭānā, लड़खड़ाना laṛ-khaṛānā):
 * the first syllable is said as a word by itself.
 */
function isEchoPair(aksharas: readonly Akshara[]): boolean {
  const [first, second, third, fourth] = aksharas;
  if (!first?.consonant || !first.inherent || !second?.inherent || !third?.consonant || !third.inherent || !fourth) return false;
  const plain = [first, second, third].every((akshara) => akshara.nasal === 'none' && !akshara.visarga);
  return plain && second.consonant === fourth.consonant;
}

function deleteSchwasOfPart(aksharas: readonly Akshara[]): Akshara[] {
  const last = aksharas.at(-1);
  if (last && aksharas.length > 2 && isInflection(last) && aksharas[aksharas.length - 2]?.inherent) {
    // An ending on a consonant stem keeps the stem's vowels as they are said: अरबों arabõ as अरब arab.
    const stem = deleteSchwasOfWord([...aksharas.slice(0, -1), { ...last, vowel: 'a', inherent: true, nasal: 'none', visarga: false }]);
    return [...stem.slice(0, -1), { ...last }];
  }
  return deleteSchwasOfWord(aksharas);
}

/** The oblique and vocative endings -ो, -ों, which attach to a stem without changing how it is said. */
function isInflection(akshara: Akshara): boolean {
  return akshara.vowel === 'o' && akshara.consonant !== null;
}

function deleteSchwasOfWord(aksharas: readonly Akshara[]): Akshara[] {
  const result = aksharas.map((akshara) => ({ ...akshara }));
  const lastIndex = result.length - 1;
  const final = result[lastIndex];
  if (final?.inherent && final.nasal === 'none' && !final.visarga && result.length > 1) {
    const before = result[lastIndex - 1];
    const clusterNeedsVowel = before?.vowel === null && /^(r|y|l|v|ñ)$/.test(final.consonant ?? '');
    // Learned suffixes keep their vowel: राष्ट्रीय rāṣṭrīya.
    const learnedIya = final.consonant === 'y' && (before?.vowel === 'ī' || before?.vowel === 'i');
    if (!clusterNeedsVowel && !learnedIya) final.vowel = null;
  }
  const deletable = (index: number) => {
    const current = result[index] as Akshara;
    if (!current.inherent || current.vowel === null || current.nasal !== 'none' || current.visarga) return false;
    const before = result[index - 1];
    const after = result[index + 1];
    return hasVowel(before) && !before?.visarga && Boolean(after?.consonant) && hasVowel(after) && !after?.visarga;
  };
  for (let index = lastIndex - 1; index >= 1; index -= 1) {
    if (deletable(index)) (result[index] as Akshara).vowel = null;
  }
  return result;
}

function nasalBefore(next: Akshara | undefined): string {
  const sound = next?.consonant;
  return sound && homorganicNasal[sound] ? homorganicNasal[sound] : 'ṁ';
}

function romanizeWord(word: string, lexicon?: SchwaLexicon): string {
  const aksharas = deleteSchwas(parseAksharas(word), lexicon);
  let out = '';
  aksharas.forEach((akshara, index) => {
    out += akshara.consonant ?? '';
    if (akshara.vowel !== null) {
      out += akshara.vowel;
      if (akshara.nasal === 'candrabindu') out += 'm̐';
      if (akshara.nasal === 'anusvara') out += nasalBefore(aksharas[index + 1]);
    }
    if (akshara.visarga) out += 'ḥ';
  });
  return out;
}

const devanagariWord = /[\u0900-\u097F]+/g;

/**
 * Every Devanagari word of the text romanised; everything else as it stands. With a lexicon,
 * words it knows (or whose stem or parts it knows) are said as it says them.
 */
export function romanizeHindi(text: string, lexicon?: SchwaLexicon): string {
  return text.replace(/[।॥]/g, '.').replace(devanagariWord, (word) => romanizeWord(word, lexicon));
}
