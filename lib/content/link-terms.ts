import type { GlossaryLinker, LinkedTerm } from '@/lib/glossary';
import type { Passage } from './types';

/**
 * The glossary terms of every Hindi sentence, by sentence index, where a form several entries
 * share is decided by the English of the sentence's alignment pair and the passage's `senses:`
 * pins; an English sentence quoted in the Hindi links nothing.
 */
export function linkPassageTerms(passage: Passage, linker: GlossaryLinker): LinkedTerm[][] {
  const terms: LinkedTerm[][] = passage.hi.sentences.map(() => []);
  for (const link of passage.links) {
    const english = link.en.map((index) => passage.en.sentences[index]?.text ?? '').join(' ');
    for (const index of link.hi) {
      const sentence = passage.hi.sentences[index];
      if (!sentence) throw new Error(`Link ${link.id} names Hindi sentence ${index}, which does not exist`);
      if (sentence.lang !== 'hi') continue;
      const pins = passage.senses.filter((pin) => pin.sentence === index);
      terms[index] = linker.linkTerms(sentence.text, { english, pins });
    }
  }
  return terms;
}
