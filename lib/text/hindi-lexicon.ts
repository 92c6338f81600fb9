/**
 * The schwa lexicon Sahpath ships (lib/text/schwa-lexicon.json, 19,000 words): a separate entry,
 * so that browser code loads its data only where it romanises (with a dynamic import).
 */
import data from './schwa-lexicon.json';
import { createSchwaLexicon, type SchwaLexicon } from './schwa-lexicon';

let lexicon: SchwaLexicon | undefined;

/** The shipped lexicon, built on first use. */
export function hindiLexicon(): SchwaLexicon {
  lexicon ??= createSchwaLexicon(
    Object.entries(data.words).map(([word, said]) => [word, [...said].map((digit) => digit === '1')] as const),
  );
  return lexicon;
}
