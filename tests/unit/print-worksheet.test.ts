import { describe, expect, it } from 'vitest';
import { pairsInRange } from '@/lib/classroom';
import { loadGlossary, loadPassage, type Passage } from '@/lib/content';
import { createGlossaryLinker } from '@/lib/glossary';
import {
  buildWorksheet,
  countWritingLines,
  defaultWorksheetOptions,
  pageRule,
  readWorksheetOptions,
  worksheetQueryString,
} from '@/lib/print';
import { buildReaderView } from '@/lib/reader';
import { romanizeHindi } from '@/lib/text';

const seedSlug = 'anthropic-safeguards-head-resigns';

async function loadSeed(): Promise<Passage> {
  const passage = await loadPassage(seedSlug);
  if (!passage) throw new Error(`The passage ${seedSlug} is missing`);
  return passage;
}

describe('readWorksheetOptions', () => {
  it('gives the defaults for an empty query', () => {
    expect(readWorksheetOptions({})).toEqual({ options: defaultWorksheetOptions, misread: [] });
  });

  it('reads what the form sends', () => {
    expect(readWorksheetOptions({ english: 'shown', paper: 'letter', romanize: '1' })).toEqual({
      options: { english: 'shown', paper: 'letter', romanize: true },
      misread: [],
    });
  });

  it('keeps the default of a value it does not understand, and names it', () => {
    expect(readWorksheetOptions({ english: 'hidden', paper: 'a3', romanize: 'yes' })).toEqual({
      options: defaultWorksheetOptions,
      misread: ['english', 'paper', 'romanize'],
    });
  });

  it('takes the first of a repeated field', () => {
    expect(readWorksheetOptions({ paper: ['letter', 'a4'] }).options.paper).toBe('letter');
  });

  it('reads back the query it writes', () => {
    const options = { english: 'shown', paper: 'letter', romanize: true } as const;
    const query = Object.fromEntries(new URLSearchParams(worksheetQueryString(options)));
    expect(readWorksheetOptions(query).options).toEqual(options);
    expect(worksheetQueryString(defaultWorksheetOptions)).toBe('english=blank&paper=a4');
  });
});

describe('pageRule', () => {
  it('sets the paper size named', () => {
    expect(pageRule('a4')).toMatch(/^@page \{ size: A4 portrait; margin: [^;]+; \}$/);
    expect(pageRule('letter')).toMatch(/^@page \{ size: letter portrait; margin: [^;]+; \}$/);
  });
});

describe('countWritingLines', () => {
  it('leaves at least two lines, one more per 48 characters, at most eight', () => {
    expect(countWritingLines('')).toBe(2);
    expect(countWritingLines('x'.repeat(96))).toBe(2);
    expect(countWritingLines('x'.repeat(97))).toBe(3);
    expect(countWritingLines('x'.repeat(48 * 20))).toBe(8);
  });
});

describe('buildWorksheet on the seed passage', async () => {
  const [passage, glossary] = await Promise.all([loadSeed(), loadGlossary()]);
  const linker = createGlossaryLinker(glossary);
  const view = buildReaderView(passage, linker);
  const entries = new Map(glossary.map((entry) => [entry.id, entry]));
  const pairs = view.paragraphs.flatMap((paragraph) => paragraph.pairs);

  it('numbers every alignment pair once, from 1, in reading order', () => {
    const worksheet = buildWorksheet(passage, view, entries, defaultWorksheetOptions);
    expect(worksheet.lines.map((line) => line.linkId)).toEqual(pairs.map((pair) => pair.linkId));
    expect(worksheet.lines.map((line) => line.number)).toEqual(pairs.map((_, index) => index + 1));
  });

  it('keeps each line’s Hindi and English text as the passage has it', () => {
    const [line] = buildWorksheet(passage, view, entries, defaultWorksheetOptions).lines;
    const link = passage.links[0];
    if (!line || !link) throw new Error('The seed passage has no first link');
    expect(line.hindi.map((sentence) => sentence.segments.map((segment) => segment.text).join(''))).toEqual(
      link.hi.map((index) => passage.hi.sentences[index]?.text),
    );
    expect(line.english).toBe(link.en.map((index) => passage.en.sentences[index]?.text).join(' '));
    expect(line.writingLines).toBe(countWritingLines(line.english));
  });

  it('romanises each line only when asked', () => {
    const plain = buildWorksheet(passage, view, entries, defaultWorksheetOptions);
    expect(plain.lines.every((line) => line.romanization === null)).toBe(true);
    const romanised = buildWorksheet(passage, view, entries, { ...defaultWorksheetOptions, romanize: true });
    const [first] = romanised.lines;
    const hindi = first?.hindi.map((sentence) => sentence.segments.map((segment) => segment.text).join('')).join(' ') ?? '';
    expect(first?.romanization).toBe(romanizeHindi(hindi));
    expect(first?.romanization).not.toMatch(/[\u0900-\u097F]/);
  });

  it('lists the passage’s whole glossary for the whole passage, in order of first appearance', () => {
    const worksheet = buildWorksheet(passage, view, entries, defaultWorksheetOptions);
    expect(worksheet.glossary.map((row) => row.entryId)).toEqual(view.entryIds);
    const [row] = worksheet.glossary;
    const entry = row ? entries.get(row.entryId) : undefined;
    expect(row).toEqual({
      entryId: entry?.id,
      headword: entry?.headword,
      romanization: entry?.romanization,
      pos: entry?.pos,
      gender: entry?.gender,
      meaning: entry?.meaning,
    });
  });

  it('prints only an assignment’s range, numbered from 1, with the glossary of that range alone', () => {
    const range = { firstSentence: 4, lastSentence: 7 };
    const worksheet = buildWorksheet(passage, view, entries, defaultWorksheetOptions, range);
    const expected = pairsInRange(passage, range.firstSentence, range.lastSentence);
    expect(worksheet.lines.map((line) => line.linkId)).toEqual(expected.map((pair) => pair.linkId));
    expect(worksheet.lines.map((line) => line.number)).toEqual(expected.map((_, index) => index + 1));
    expect(worksheet.lines.map((line) => line.english)).toEqual(expected.map((pair) => pair.en));

    const inRange = new Set(expected.map((pair) => pair.linkId));
    const linkedInRange = new Set(
      pairs
        .filter((pair) => inRange.has(pair.linkId))
        .flatMap((pair) => pair.hi.flatMap((sentence) => sentence.segments.flatMap((segment) => segment.entryId ?? []))),
    );
    expect(new Set(worksheet.glossary.map((row) => row.entryId))).toEqual(linkedInRange);
    expect(worksheet.glossary.length).toBeLessThan(view.entryIds.length);
  });

  it('refuses a view linked to entries it was not given', () => {
    expect(() => buildWorksheet(passage, view, new Map(), defaultWorksheetOptions)).toThrow(/not in the glossary/);
  });
});
