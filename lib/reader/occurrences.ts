import { linkPassageTerms, type Passage } from '@/lib/content';
import { splitAtMatches, type GlossaryLinker } from '@/lib/glossary';
import type { TextSegment } from './build-view';

export interface Occurrence {
  slug: string;
  title: { hi: string; en: string };
  linkId: string;
  hindi: TextSegment[];
  english: string;
}

/**
 * Every sentence each glossary entry occurs in, across passages, in reading order; where entries
 * share a form, a sentence counts for the entry its occurrence chose, as in the reader.
 */
export function indexOccurrences(
  passages: readonly Passage[],
  linker: GlossaryLinker,
): Map<string, Occurrence[]> {
  const byEntry = new Map<string, Occurrence[]>();
  for (const passage of passages) {
    const termsBySentence = linkPassageTerms(passage, linker);
    for (const link of passage.links) {
      const english = link.en
        .map((index) => passage.en.sentences[index]?.text ?? '')
        .join(' ');
      for (const index of link.hi) {
        const sentence = passage.hi.sentences[index];
        const matches = termsBySentence[index] ?? [];
        if (!sentence || matches.length === 0) continue;
        for (const entryId of new Set(matches.map((match) => match.entryId))) {
          const own = matches.filter((match) => match.entryId === entryId);
          const list = byEntry.get(entryId) ?? [];
          list.push({
            slug: passage.slug,
            title: passage.title,
            linkId: link.id,
            hindi: splitAtMatches(sentence.text, own),
            english,
          });
          byEntry.set(entryId, list);
        }
      }
    }
  }
  return byEntry;
}
