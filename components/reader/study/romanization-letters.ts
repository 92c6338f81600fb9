/**
 * The letters of the romanisation a reader of English would not guess, with the Devanagari each
 * stands for; their hints are the romanize namespace's `letters.<id>` strings.
 */
export interface RomanizationLetter {
  id: string;
  latin: string;
  devanagari: string;
}

export const romanizationLetters: readonly RomanizationLetter[] = [
  { id: 'aLong', latin: 'ā', devanagari: 'आ ा' },
  { id: 'iLong', latin: 'ī', devanagari: 'ई ी' },
  { id: 'uLong', latin: 'ū', devanagari: 'ऊ ू' },
  { id: 'e', latin: 'e', devanagari: 'ए े' },
  { id: 'ai', latin: 'ai', devanagari: 'ऐ ै' },
  { id: 'o', latin: 'o', devanagari: 'ओ ो' },
  { id: 'au', latin: 'au', devanagari: 'औ ौ' },
  { id: 'oOpen', latin: 'ô', devanagari: 'ऑ ॉ' },
  { id: 'rVowel', latin: 'r̥', devanagari: 'ऋ ृ' },
  { id: 'anusvara', latin: 'ṁ', devanagari: 'ं' },
  { id: 'candrabindu', latin: 'm̐', devanagari: 'ँ' },
  { id: 'visarga', latin: 'ḥ', devanagari: 'ः' },
  { id: 'retroflexT', latin: 'ṭ ṭh', devanagari: 'ट ठ' },
  { id: 'retroflexD', latin: 'ḍ ḍh', devanagari: 'ड ढ' },
  { id: 'retroflexN', latin: 'ṇ', devanagari: 'ण' },
  { id: 'flap', latin: 'ṛ ṛh', devanagari: 'ड़ ढ़' },
  { id: 'dental', latin: 't th d dh', devanagari: 'त थ द ध' },
  { id: 'aspirate', latin: 'kh ph', devanagari: 'ख फ' },
  { id: 'c', latin: 'c ch', devanagari: 'च छ' },
  { id: 'palatalN', latin: 'ñ', devanagari: 'ञ' },
  { id: 'velarN', latin: 'ṅ', devanagari: 'ङ' },
  { id: 'sh', latin: 'ś', devanagari: 'श' },
  { id: 'shRetroflex', latin: 'ṣ', devanagari: 'ष' },
  { id: 'v', latin: 'v', devanagari: 'व' },
  { id: 'q', latin: 'q', devanagari: 'क़' },
  { id: 'x', latin: 'x', devanagari: 'ख़' },
  { id: 'gh', latin: 'ġ', devanagari: 'ग़' },
  { id: 'z', latin: 'z', devanagari: 'ज़' },
  { id: 'f', latin: 'f', devanagari: 'फ़' },
];
