import { describe, expect, it } from 'vitest';
import { loadGlossary, loadPassage } from '@/lib/content';
import type { Passage } from '@/lib/content/types';
import { createGlossaryLinker } from '@/lib/glossary';
import { buildReaderView, indexOccurrences } from '@/lib/reader';

const seedSlug = 'anthropic-safeguards-head-resigns';

async function loadSeed(): Promise<Passage> {
  const passage = await loadPassage(seedSlug);
  if (!passage) throw new Error('The seed passage is missing');
  return passage;
}

describe('buildReaderView on the seed passage', async () => {
  const [passage, glossary] = await Promise.all([loadSeed(), loadGlossary()]);
  const linker = createGlossaryLinker(glossary);
  const view = buildReaderView(passage, linker);
  const pairs = view.paragraphs.flatMap((paragraph) => paragraph.pairs);

  it('shows every sentence of both sides exactly once, in order', () => {
    const hindi = pairs.flatMap((pair) => pair.hi.map((sentence) => sentence.index));
    const english = pairs.flatMap((pair) => pair.en.map((sentence) => sentence.index));
    expect(hindi).toEqual(passage.hi.sentences.map((sentence) => sentence.index));
    expect(english).toEqual(passage.en.sentences.map((sentence) => sentence.index));
  });

  it('keeps the segments of every sentence equal to its text', () => {
    for (const pair of pairs) {
      for (const sentence of pair.hi) {
        expect(sentence.segments.map((segment) => segment.text).join('')).toBe(passage.hi.sentences[sentence.index]?.text);
      }
      for (const sentence of pair.en) {
        expect(sentence.segments.map((segment) => segment.text).join('')).toBe(passage.en.sentences[sentence.index]?.text);
      }
    }
  });

  it('keeps the Hindi paragraph structure and kinds', () => {
    expect(view.paragraphs.map((paragraph) => paragraph.index)).toEqual(passage.hi.paragraphs.map((p) => p.index));
    expect(view.paragraphs.map((paragraph) => paragraph.kind)).toEqual(passage.hi.paragraphs.map((p) => p.kind));
  });

  it('links the loanwords the learner meets first', () => {
    const linked = new Set(view.entryIds);
    for (const id of ['safeguard', 'platform', 'startup', 'researcher', 'valuation', 'social-media']) {
      expect(linked, id).toContain(id);
    }
  });

  it('marks English source words only for terms linked in the same pair', () => {
    for (const pair of pairs) {
      const hindiTerms = new Set(pair.hi.flatMap((sentence) => sentence.segments.flatMap((s) => (s.entryId ? [s.entryId] : []))));
      for (const sentence of pair.en) {
        for (const segment of sentence.segments) {
          if (segment.entryId) expect(hindiTerms).toContain(segment.entryId);
        }
      }
    }
    const safeguardPair = pairs.find((pair) => pair.hi.some((s) => s.segments.some((seg) => seg.entryId === 'safeguard')));
    const englishMarks = safeguardPair?.en.flatMap((s) => s.segments.filter((seg) => seg.entryId === 'safeguard'));
    expect(englishMarks?.map((segment) => segment.text.toLowerCase())).toContain('safeguards');
  });

  it('never links inside the English tweets quoted in the Hindi column', () => {
    for (const pair of pairs) {
      for (const sentence of pair.hi) {
        if (sentence.lang === 'en') expect(sentence.segments).toHaveLength(1);
      }
    }
  });

  it('attaches every translator’s note to the pair of its sentence', () => {
    const notes = pairs.flatMap((pair) => pair.notes.map((note) => ({ note, hi: pair.hi.map((s) => s.index) })));
    expect(notes).toHaveLength(passage.notes.length);
    for (const { note, hi } of notes) expect(hi).toContain(note.sentence);
  });

  it('indexes occurrences for the glossary pages with their link ids', () => {
    const occurrences = indexOccurrences([passage], linker);
    const safeguard = occurrences.get('safeguard') ?? [];
    expect(safeguard.length).toBeGreaterThanOrEqual(2);
    for (const occurrence of safeguard) {
      expect(passage.links.map((link) => link.id)).toContain(occurrence.linkId);
      expect(occurrence.hindi.some((segment) => segment.entryId === 'safeguard')).toBe(true);
      expect(occurrence.english.length).toBeGreaterThan(0);
    }
  });
});
