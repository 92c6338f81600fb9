import { describe, expect, it } from 'vitest';
import { listPassageSlugs, loadGlossary, loadPassage, type Passage } from '@/lib/content';
import { createGlossaryLinker } from '@/lib/glossary';
import { buildReaderView, describePassageCards, indexOccurrences, keptReaderView, type ReaderView } from '@/lib/reader';

const seedSlug = 'anthropic-safeguards-head-resigns';
const harlemSlug = 'ntrex-harlem-church-bells';

async function loadNamed(slug: string): Promise<Passage> {
  const passage = await loadPassage(slug);
  if (!passage) throw new Error(`The passage ${slug} is missing`);
  return passage;
}

function loadSeed(): Promise<Passage> {
  return loadNamed(seedSlug);
}

/** Each linked segment of a side as [text, entry id], in reading order. */
function linkedSegments(view: ReaderView, side: 'hi' | 'en'): Array<[string, string]> {
  return view.paragraphs.flatMap((paragraph) =>
    paragraph.pairs.flatMap((pair) =>
      pair[side].flatMap((sentence) =>
        sentence.segments.flatMap((segment): Array<[string, string]> =>
          segment.entryId ? [[segment.text, segment.entryId]] : [],
        ),
      ),
    ),
  );
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

describe('a form two entries share, in the reader and on entry pages', async () => {
  const glossary = await loadGlossary();
  const linker = createGlossaryLinker(glossary);
  const [seed, harlem] = await Promise.all([loadSeed(), loadNamed(harlemSlug)]);
  const passages = await Promise.all((await listPassageSlugs()).map((slug) => loadNamed(slug)));

  it('links every बार of the Harlem passage, a bar in the English, to the bar entry', () => {
    const view = buildReaderView(harlem, linker);
    const bars = linkedSegments(view, 'hi').filter(([text]) => text === 'बार');
    expect(bars).toEqual([
      ['बार', 'bar'],
      ['बार', 'bar'],
      ['बार', 'bar'],
    ]);
    expect(view.entryIds).not.toContain('baar');
    expect(linkedSegments(view, 'en').filter(([, id]) => id === 'bar')).toEqual([
      ['bar', 'bar'],
      ['bars', 'bar'],
      ['Bars', 'bar'],
    ]);
  });

  it('links इस बार "this time" to baar, and lights "time" beside it', () => {
    const view = buildReaderView(seed, linker);
    const first = view.paragraphs.flatMap((paragraph) => paragraph.pairs).find((pair) =>
      pair.hi.some((sentence) => sentence.segments.some((segment) => segment.text === 'बार')),
    );
    const hindi = first?.hi.flatMap((sentence) => sentence.segments.filter((segment) => segment.text === 'बार'));
    expect(hindi?.map((segment) => segment.entryId)).toEqual(['baar']);
    const english = first?.en.flatMap((sentence) => sentence.segments.filter((segment) => segment.entryId === 'baar'));
    expect(english?.map((segment) => segment.text)).toEqual(['time']);
  });

  it('lights the acronym IT beside आईटी, never "it" or "its"', () => {
    const view = buildReaderView(seed, linker);
    const pair = view.paragraphs
      .flatMap((paragraph) => paragraph.pairs)
      .find((candidate) => candidate.en.some((sentence) => sentence.segments.map((s) => s.text).join('').includes('IT shares')));
    const english = pair?.en.map((sentence) => sentence.segments.map((s) => s.text).join('')).join(' ') ?? '';
    expect(english).toMatch(/\bit\b.*\bIT\b.*\bits\b/u);
    const marked = pair?.en.flatMap((sentence) => sentence.segments.filter((segment) => segment.entryId === 'it'));
    expect(marked?.map((segment) => segment.text)).toEqual(['IT']);
  });

  it('lists on each entry page only the occurrences that chose that entry', () => {
    const occurrences = indexOccurrences(passages, linker);
    const bar = occurrences.get('bar') ?? [];
    expect(bar.map((occurrence) => occurrence.slug)).toEqual([harlemSlug, harlemSlug, harlemSlug]);
    for (const occurrence of bar) {
      expect(occurrence.hindi.filter((segment) => segment.entryId === 'bar').map((segment) => segment.text)).toEqual(['बार']);
    }
    const baar = occurrences.get('baar') ?? [];
    expect(baar.length).toBeGreaterThanOrEqual(5);
    expect(baar.map((occurrence) => occurrence.slug)).not.toContain(harlemSlug);
    for (const occurrence of baar) {
      expect(occurrence.hindi.some((segment) => segment.entryId === 'baar')).toBe(true);
    }
  });
});

describe('glossary cards', async () => {
  const glossary = await loadGlossary();
  const linker = createGlossaryLinker(glossary);
  const translate = (key: string) => key;

  it('carry the passage’s own note on an entry, in that passage only', async () => {
    const [seed, harlem] = await Promise.all([loadSeed(), loadNamed(harlemSlug)]);
    const harlemNote = harlem.entryNotes.find((note) => note.entry === 'bar');
    expect(harlemNote?.text.length).toBeGreaterThan(0);
    const harlemCards = describePassageCards(harlem, buildReaderView(harlem, linker).entryIds, glossary, translate, translate);
    expect(harlemCards.cards.bar?.note).toBe(harlemNote?.text);
    expect(harlemCards.cards.bar?.meaning).toBe(glossary.find((entry) => entry.id === 'bar')?.meaning);
    const unnoted = Object.entries(harlemCards.cards).filter(([id]) => !harlem.entryNotes.some((note) => note.entry === id));
    expect(unnoted.length).toBeGreaterThan(0);
    for (const [, card] of unnoted) expect(card).not.toHaveProperty('note');
    // The same entry, linked elsewhere, shows its general meaning alone.
    const elsewhere = describePassageCards({ entryNotes: [] }, ['bar'], glossary, translate, translate);
    expect(elsewhere.cards.bar).not.toHaveProperty('note');
    const seedCards = describePassageCards(seed, buildReaderView(seed, linker).entryIds, glossary, translate, translate);
    expect(Object.values(seedCards.cards).filter((card) => card.note !== undefined)).toHaveLength(seed.entryNotes.length);
  });
});

describe('keptReaderView', () => {
  it('lays a passage out once per passage and linker, and again for a new linker', async () => {
    const [passage, glossary] = await Promise.all([loadSeed(), loadGlossary()]);
    const linker = createGlossaryLinker(glossary);
    const first = keptReaderView(passage, linker);
    expect(keptReaderView(passage, linker)).toBe(first);
    expect(first).toEqual(buildReaderView(passage, linker));
    const otherLinker = createGlossaryLinker(glossary.slice(1));
    expect(keptReaderView(passage, otherLinker)).not.toBe(first);
  });
});
