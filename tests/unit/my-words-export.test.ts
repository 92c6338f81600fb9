import { describe, expect, it } from 'vitest';
import { ankiField, ankiFileName, createSavedItem, toAnkiText } from '@/lib/my-words';

const savedAt = new Date('2026-03-10T09:00:00.000Z');

const sentence = createSavedItem(
  {
    kind: 'sentence',
    hindi: 'कंपनी ने नया मॉडल\tजारी किया।',
    english: 'The company released\na new model.',
    entryId: null,
    contextHindi: 'कंपनी ने नया मॉडल जारी किया।',
    contextEnglish: 'The company released a new model.',
    passage: { source: 'library', ref: 'ntrex-ai-funding', sentence: 3 },
  },
  'a',
  savedAt,
);
const term = createSavedItem(
  {
    kind: 'term',
    hindi: 'मॉडल',
    english: 'model, "a design"',
    entryId: 'model',
    contextHindi: 'नया मॉडल।',
    contextEnglish: 'A new model.',
    passage: null,
  },
  'b',
  savedAt,
);

describe('export to Anki', () => {
  it('writes the header lines Anki reads, then one note a line, Devanagari as written', () => {
    expect(toAnkiText([sentence, term])).toBe(
      [
        '#separator:tab',
        '#html:false',
        '#columns:Hindi\tEnglish\tContext\tSource',
        'कंपनी ने नया मॉडल जारी किया।\tThe company released a new model.\t\tntrex-ai-funding #3',
        'मॉडल\t"model, ""a design"""\tनया मॉडल। — A new model.\t',
        '',
      ].join('\n'),
    );
  });

  it('names the deck and columns it is given, and the source as asked', () => {
    const text = toAnkiText([sentence], {
      deck: 'Sahpath',
      columns: ['हिन्दी', 'अंग्रेज़ी', 'संदर्भ', 'स्रोत'],
      describeSource: (item) => `https://example.org/en/read/${item.passage?.ref}#link-${item.passage?.sentence}`,
    });
    expect(text.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#deck:Sahpath']);
    expect(text).toContain('#columns:हिन्दी\tअंग्रेज़ी\tसंदर्भ\tस्रोत\n');
    expect(text).toContain('\thttps://example.org/en/read/ntrex-ai-funding#link-3\n');
  });

  it('writes only the header for no items', () => {
    expect(toAnkiText([])).toBe('#separator:tab\n#html:false\n#columns:Hindi\tEnglish\tContext\tSource\n');
  });

  it('flattens tabs and line breaks inside a field', () => {
    expect(ankiField('एक\tदो\r\nतीन\n')).toBe('एक दो तीन');
    expect(ankiFileName).toBe('sahpath-my-words.txt');
  });
});
