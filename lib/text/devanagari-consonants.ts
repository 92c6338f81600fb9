/**
 * The Devanagari consonants as Hindi pronounces them, shared by the aligner's consonant skeletons
 * and the loanword detector's sound alignment so that both read a letter the same way.
 */

/**
 * Consonant classes: b c(ch) f g h j k l m n p r s S(sh) v(w) y z; t d for dental त द (English
 * th), T D for retroflex ट ड (English t d); N for a nasal of unknown place (anusvara,
 * candrabindu). Aspiration is dropped.
 */
export type ConsonantClass =
  | 'b' | 'c' | 'd' | 'D' | 'f' | 'g' | 'h' | 'j' | 'k' | 'l' | 'm' | 'n' | 'N'
  | 'p' | 'r' | 's' | 'S' | 't' | 'T' | 'v' | 'y' | 'z';

export type ArticulationPlace = 'velar' | 'palatal' | 'retroflex' | 'dental' | 'labial' | 'other';

/** A consonant letter's ISO 15919 romanisation, sound class and place of articulation. */
export type ConsonantSound = readonly [roman: string, value: ConsonantClass, place: ArticulationPlace];

export const DEVANAGARI_CONSONANTS: Readonly<Record<string, ConsonantSound>> = {
  क: ['k', 'k', 'velar'],
  ख: ['kh', 'k', 'velar'],
  ग: ['g', 'g', 'velar'],
  घ: ['gh', 'g', 'velar'],
  ङ: ['ṅ', 'N', 'velar'],
  च: ['c', 'c', 'palatal'],
  छ: ['ch', 'c', 'palatal'],
  ज: ['j', 'j', 'palatal'],
  झ: ['jh', 'j', 'palatal'],
  ञ: ['ñ', 'N', 'palatal'],
  ट: ['ṭ', 'T', 'retroflex'],
  ठ: ['ṭh', 'T', 'retroflex'],
  ड: ['ḍ', 'D', 'retroflex'],
  ढ: ['ḍh', 'D', 'retroflex'],
  ण: ['ṇ', 'n', 'retroflex'],
  त: ['t', 't', 'dental'],
  थ: ['th', 't', 'dental'],
  द: ['d', 'd', 'dental'],
  ध: ['dh', 'd', 'dental'],
  न: ['n', 'n', 'dental'],
  // Precomposed nukta letters that Unicode normalisation keeps whole; rare outside Tamil names.
  ऩ: ['ṉ', 'n', 'dental'],
  प: ['p', 'p', 'labial'],
  // फ is f in the English and Perso-Arabic words that fill news Hindi, nukta or not.
  फ: ['f', 'f', 'labial'],
  ब: ['b', 'b', 'labial'],
  भ: ['bh', 'b', 'labial'],
  म: ['m', 'm', 'labial'],
  य: ['y', 'y', 'other'],
  र: ['r', 'r', 'other'],
  ऱ: ['ṟ', 'r', 'other'],
  ल: ['l', 'l', 'other'],
  ळ: ['ḷ', 'l', 'other'],
  ऴ: ['ḻ', 'l', 'other'],
  व: ['v', 'v', 'other'],
  श: ['ś', 'S', 'other'],
  ष: ['ṣ', 'S', 'other'],
  स: ['s', 's', 'dental'],
  ह: ['h', 'h', 'other'],
};

/** Letters with a nukta (ISO 15919): the Perso-Arabic and English sounds Hindi borrowed. */
export const DEVANAGARI_NUKTA_CONSONANTS: Readonly<Record<string, ConsonantSound>> = {
  क: ['q', 'k', 'velar'],
  ख: ['ḳh', 'k', 'velar'],
  ग: ['ġ', 'g', 'velar'],
  ज: ['z', 'z', 'palatal'],
  झ: ['ž', 'z', 'palatal'],
  फ: ['f', 'f', 'labial'],
  ड: ['ṛ', 'r', 'retroflex'],
  ढ: ['ṛh', 'r', 'retroflex'],
  य: ['ẏ', 'y', 'other'],
};
