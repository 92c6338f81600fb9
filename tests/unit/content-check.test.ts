import { describe, expect, it } from 'vitest';
import { checkContent, reviewContent } from '@/lib/content';
import type { ContentProblem } from '@/lib/content';
import {
  createValidFiles,
  expectProblem,
  passageDir,
  slug,
  writeContent,
  writeValidContent,
} from './content-fixture';
import type { ContentFiles } from './content-fixture';

const hiFile = `passages/${slug}/hi.txt`;
const enFile = `passages/${slug}/en.txt`;
const alignmentFile = `passages/${slug}/alignment.tsv`;
const metaFile = `passages/${slug}/passage.yaml`;

function readValid(name: string): string {
  const text = createValidFiles()[name];
  if (typeof text !== 'string') throw new Error(`no fixture file ${name}`);
  return text;
}

/** Replaces one line (1-based) of a valid fixture file. */
function replaceLine(name: string, line: number, text: string): ContentFiles {
  const lines = readValid(name).split('\n');
  lines[line - 1] = text;
  return { [name]: lines.join('\n') };
}

/** Inserts lines before a line (1-based) of a valid fixture file. */
function insertLines(name: string, line: number, ...texts: string[]): ContentFiles {
  const lines = readValid(name).split('\n');
  lines.splice(line - 1, 0, ...texts);
  return { [name]: lines.join('\n') };
}

async function checkWith(changes: ContentFiles): Promise<ContentProblem[]> {
  return checkContent(writeValidContent(changes));
}

interface ProblemCase {
  name: string;
  changes: ContentFiles;
  file: string;
  line: number;
  message: RegExp;
  /** Whether the change must cause this problem and no other. */
  only?: boolean;
}

const textCases: ProblemCase[] = [
  {
    name: 'an empty text file',
    changes: { [enFile]: '\n\n' },
    file: `${passageDir}/en.txt`,
    line: 1,
    message: /empty/,
  },
  {
    name: 'a line with only a prefix',
    changes: insertLines(hiFile, 7, '> '),
    file: `${passageDir}/hi.txt`,
    line: 7,
    message: /only the prefix/,
    only: true,
  },
  {
    name: 'a line with only a prefix and a language tag',
    changes: insertLines(hiFile, 7, '> [en] '),
    file: `${passageDir}/hi.txt`,
    line: 7,
    message: /no sentence/,
    only: true,
  },
  {
    name: 'an unknown language tag',
    changes: replaceLine(hiFile, 6, '> [fr] Aujourd’hui.'),
    file: `${passageDir}/hi.txt`,
    line: 6,
    message: /unknown language tag "\[fr\]"/,
    only: true,
  },
  {
    name: 'mixed prefixes in one paragraph',
    changes: replaceLine(hiFile, 4, '> दूसरा वाक्य है.'),
    file: `${passageDir}/hi.txt`,
    line: 4,
    message: /same prefix/,
    only: true,
  },
  {
    name: 'a heading with more than one line',
    changes: { [hiFile]: readValid(hiFile).replace('पहला वाक्य है.\nदूसरा', '# पहला वाक्य है.\n# दूसरा') },
    file: `${passageDir}/hi.txt`,
    line: 4,
    message: /heading has more than one line/,
    only: true,
  },
  {
    name: 'a sentence with trailing spaces',
    changes: replaceLine(hiFile, 3, 'पहला वाक्य है. '),
    file: `${passageDir}/hi.txt`,
    line: 3,
    message: /spaces/,
    only: true,
  },
];

const alignmentCases: ProblemCase[] = [
  {
    name: 'a malformed link',
    changes: replaceLine(alignmentFile, 3, '1;2\t1'),
    file: `${passageDir}/alignment.tsv`,
    line: 3,
    message: /malformed link/,
  },
  {
    name: 'a link with three fields',
    changes: replaceLine(alignmentFile, 3, '1,2\t1\t1'),
    file: `${passageDir}/alignment.tsv`,
    line: 3,
    message: /malformed link/,
  },
  {
    name: 'a link with "-" on both sides',
    changes: insertLines(alignmentFile, 5, '-\t-'),
    file: `${passageDir}/alignment.tsv`,
    line: 5,
    message: /"-" on both sides/,
    only: true,
  },
  {
    name: 'an index out of range',
    changes: { ...replaceLine(alignmentFile, 4, '3\t2,7') },
    file: `${passageDir}/alignment.tsv`,
    line: 4,
    message: /English sentence 7 is out of range: en\.txt has 3 sentences \(0–2\)/,
    only: true,
  },
  {
    name: 'a sentence used in two links',
    changes: replaceLine(alignmentFile, 4, '2,3\t2'),
    file: `${passageDir}/alignment.tsv`,
    line: 4,
    message: /Hindi sentence 2 is already in the link on line 3/,
    only: true,
  },
  {
    name: 'a Hindi sentence in no link',
    changes: replaceLine(alignmentFile, 3, '1\t1'),
    file: `${passageDir}/hi.txt`,
    line: 4,
    message: /a sentence without a partner: Hindi sentence 2 "दूसरा वाक्य है\."/,
    only: true,
  },
  {
    name: 'an English sentence in no link',
    changes: replaceLine(alignmentFile, 4, '3\t-'),
    file: `${passageDir}/en.txt`,
    line: 5,
    message: /a sentence without a partner: English sentence 2 "Today is my last day\."/,
    only: true,
  },
  {
    name: 'links going backwards',
    changes: { [alignmentFile]: ['0\t0', '3\t2', '1,2\t1', ''].join('\n') },
    file: `${passageDir}/alignment.tsv`,
    line: 3,
    message: /goes backwards: Hindi sentence 1 comes after sentence 3/,
  },
];

const metaCases: ProblemCase[] = [
  {
    name: 'malformed YAML',
    changes: replaceLine(metaFile, 3, '  en: [A test'),
    file: `${passageDir}/passage.yaml`,
    line: 4,
    message: /YAML/,
  },
  {
    name: 'a missing title.en',
    changes: replaceLine(metaFile, 3, '  hindi: x'),
    file: `${passageDir}/passage.yaml`,
    line: 1,
    message: /^title\.en: is required/,
  },
  {
    name: 'an empty title.hi',
    changes: replaceLine(metaFile, 2, "  hi: ''"),
    file: `${passageDir}/passage.yaml`,
    line: 2,
    message: /^title\.hi: must not be empty/,
    only: true,
  },
  {
    name: 'a missing source.name',
    changes: replaceLine(metaFile, 5, '  url: https://example.com/news'),
    file: `${passageDir}/passage.yaml`,
    line: 4,
    message: /^source\.name: is required/,
    only: true,
  },
  {
    name: 'a published date not written YYYY-MM-DD',
    changes: replaceLine(metaFile, 6, '  published: 10/02/2026'),
    file: `${passageDir}/passage.yaml`,
    line: 6,
    message: /^source\.published: must be a date written YYYY-MM-DD/,
    only: true,
  },
  {
    name: 'a published date that does not exist',
    changes: replaceLine(metaFile, 6, '  published: 2026-02-30'),
    file: `${passageDir}/passage.yaml`,
    line: 6,
    message: /^source\.published:/,
    only: true,
  },
  {
    name: 'a missing translation.by',
    changes: replaceLine(metaFile, 8, '  licence: CC BY-SA 4.0'),
    file: `${passageDir}/passage.yaml`,
    line: 7,
    message: /^translation\.by: is required/,
    only: true,
  },
  {
    name: 'an unknown field',
    changes: insertLines(metaFile, 7, '  author: Someone'),
    file: `${passageDir}/passage.yaml`,
    line: 7,
    message: /^source\.author: unknown field/,
    only: true,
  },
  {
    name: 'a note on a sentence that does not exist',
    changes: replaceLine(metaFile, 10, '  - sentence: 9'),
    file: `${passageDir}/passage.yaml`,
    line: 10,
    message: /^notes\[0\]\.sentence: there is no Hindi sentence 9: hi\.txt has 4 sentences/,
    only: true,
  },
  {
    name: 'a note whose sentence is not a number',
    changes: replaceLine(metaFile, 10, '  - sentence: first'),
    file: `${passageDir}/passage.yaml`,
    line: 10,
    message: /^notes\[0\]\.sentence:/,
    only: true,
  },
  {
    name: 'a note whose phrase is not in its sentence',
    changes: replaceLine(metaFile, 11, '    phrase: तीसरा वाक्य'),
    file: `${passageDir}/passage.yaml`,
    line: 11,
    message: /^notes\[0\]\.phrase: "तीसरा वाक्य" does not occur in Hindi sentence 1 "पहला वाक्य है\."/,
    only: true,
  },
];

const glossaryCases: ProblemCase[] = [
  {
    name: 'malformed glossary YAML',
    changes: replaceLine('glossary/safety.yaml', 4, 'origin: en: fa'),
    file: 'content/glossary/safety.yaml',
    line: 4,
    message: /YAML/,
  },
  {
    name: 'a noun without gender',
    changes: replaceLine('glossary/safety.yaml', 7, 'native: सुरक्षा'),
    file: 'content/glossary/safety.yaml',
    line: 6,
    message: /^gender: a noun needs a grammatical gender/,
    only: true,
  },
  {
    name: 'an unknown origin',
    changes: replaceLine('glossary/safety.yaml', 4, 'origin: xx'),
    file: 'content/glossary/safety.yaml',
    line: 4,
    message: /^origin: must be one of en, fa, ar, pt, tr/,
    only: true,
  },
  {
    name: 'an unknown glossary field',
    changes: insertLines('glossary/safety.yaml', 9, 'colour: red'),
    file: 'content/glossary/safety.yaml',
    line: 9,
    message: /^colour: unknown field/,
    only: true,
  },
  {
    name: 'forms without the headword',
    changes: replaceLine('glossary/safety.yaml', 2, 'forms: [सेफ्टीज]'),
    file: 'content/glossary/safety.yaml',
    line: 2,
    message: /^forms: forms must include the headword/,
    only: true,
  },
  {
    name: 'a glossary file name that is not a valid id',
    changes: { 'glossary/Safety_Term.yaml': readValid('glossary/safety.yaml').replace(/सेफ्टी/g, 'सेफ') },
    file: 'content/glossary/Safety_Term.yaml',
    line: 0,
    message: /"Safety_Term" is not a valid glossary id/,
    only: true,
  },
  {
    name: 'a glossary file that is not YAML',
    changes: { 'glossary/notes.md': 'notes' },
    file: 'content/glossary/notes.md',
    line: 0,
    message: /not a glossary entry/,
    only: true,
  },
  {
    name: 'a link to a missing glossary entry',
    changes: insertLines('glossary/safeguard.yaml', 12, '  - security'),
    file: 'content/glossary/safeguard.yaml',
    line: 12,
    message: /^related\[1\]: a link to a missing glossary entry "security"/,
    only: true,
  },
  {
    name: 'the same form in two entries',
    changes: replaceLine('glossary/safety.yaml', 2, 'forms:\n  - सेफ्टी\n  - सेफगार्ड्स'),
    file: 'content/glossary/safety.yaml',
    line: 4,
    message: /^forms\[1\]: "सेफगार्ड्स" is also a form of glossary entry "safeguard" at content\/glossary\/safeguard\.yaml:2; .*defaultFor/,
    only: true,
  },
  {
    name: 'a form in two entries that differs only by nukta',
    changes: replaceLine('glossary/safety.yaml', 2, 'forms: [सेफ्टी, सेफ़गार्ड]'),
    file: 'content/glossary/safety.yaml',
    line: 2,
    message: /^forms\[1\]: "सेफ़गार्ड" is also a form of glossary entry "safeguard" \(as "सेफगार्ड"\)/,
    only: true,
  },
];

/** Two entries sharing बार, the first its default, and a Hindi sentence (2, on line 4) with it twice. */
const baarLines = [
  'headword: बार',
  'forms: [बार, बार-बार]',
  'romanization: bār',
  'origin: fa',
  'source: bār',
  'english: [time, times]',
  'pos: noun',
  'gender: f',
  'meaning: Time, occasion.',
  'defaultFor: [बार]',
  '',
];
const barLines = [
  'headword: बार',
  'forms: [बार]',
  'romanization: bār',
  'origin: en',
  'source: bar',
  'english: [bar, bars]',
  'pos: noun',
  'gender: m',
  'meaning: A place that serves drinks.',
  '',
];
const homographs: ContentFiles = {
  'glossary/baar.yaml': baarLines.join('\n'),
  'glossary/bar.yaml': barLines.join('\n'),
  ...replaceLine(hiFile, 4, 'दूसरी बार बार गए.'),
};

/** passage.yaml with lines added at its end: the first added line is line 13. */
function withMeta(...lines: string[]): ContentFiles {
  return { [metaFile]: `${readValid(metaFile)}${lines.join('\n')}\n` };
}

function pinAt(sentence: string, phrase: string, entry: string): ContentFiles {
  return withMeta('senses:', `  - sentence: ${sentence}`, `    phrase: ${phrase}`, `    entry: ${entry}`);
}

const sharedFormCases: ProblemCase[] = [
  {
    name: 'a form two entries share without a default',
    changes: { ...homographs, 'glossary/baar.yaml': baarLines.filter((line) => !line.startsWith('defaultFor')).join('\n') },
    file: 'content/glossary/bar.yaml',
    line: 2,
    message: /^forms\[0\]: "बार" is also a form of glossary entry "baar" at content\/glossary\/baar\.yaml:2; .*defaultFor/,
    only: true,
  },
  {
    name: 'a shared form that both entries name as their default',
    changes: { ...homographs, 'glossary/bar.yaml': [...barLines.slice(0, -1), 'defaultFor: [बार]', ''].join('\n') },
    file: 'content/glossary/bar.yaml',
    line: 10,
    message: /^defaultFor\[0\]: "बार" is already the default of glossary entry "baar" at content\/glossary\/baar\.yaml:10/,
    only: true,
  },
  {
    name: 'a sense pin on a sentence that does not exist',
    changes: { ...homographs, ...pinAt('9', 'बार', 'bar') },
    file: `${passageDir}/passage.yaml`,
    line: 14,
    message: /^senses\[0\]\.sentence: there is no Hindi sentence 9: hi\.txt has 4 sentences/,
    only: true,
  },
  {
    name: 'a sense pin whose phrase is not in its sentence',
    changes: { ...homographs, ...pinAt('1', 'बार गए', 'bar') },
    file: `${passageDir}/passage.yaml`,
    line: 15,
    message: /^senses\[0\]\.phrase: "बार गए" does not occur in Hindi sentence 1 "पहला वाक्य है\."/,
    only: true,
  },
  {
    name: 'a sense pin naming a missing entry',
    changes: { ...homographs, ...pinAt('2', 'बार गए', 'pub') },
    file: `${passageDir}/passage.yaml`,
    line: 16,
    message: /^senses\[0\]\.entry: there is no glossary entry "pub"/,
    only: true,
  },
  {
    name: 'a sense pin naming an entry without a form in the phrase',
    changes: { ...homographs, ...pinAt('2', 'बार गए', 'safety') },
    file: `${passageDir}/passage.yaml`,
    line: 16,
    message: /^senses\[0\]\.entry: glossary entry "safety" has no form in "बार गए"/,
    only: true,
  },
  {
    name: 'an entry note on an entry the passage does not link',
    changes: { ...homographs, ...withMeta('entryNotes:', '  - entry: safety', '    text: Being safe.') },
    file: `${passageDir}/passage.yaml`,
    line: 14,
    message: /^entryNotes\[0\]\.entry: glossary entry "safety" does not occur in this passage/,
    only: true,
  },
  {
    name: 'an entry note on an entry that the English turns away from a shared form',
    changes: {
      ...homographs,
      ...replaceLine(enFile, 3, 'This is the second time.'),
      ...withMeta('entryNotes:', '  - entry: bar', '    text: A bar.'),
    },
    file: `${passageDir}/passage.yaml`,
    line: 14,
    message: /^entryNotes\[0\]\.entry: glossary entry "bar" does not occur in this passage/,
    only: true,
  },
  {
    name: 'an entry note on a missing entry',
    changes: { ...homographs, ...withMeta('entryNotes:', '  - entry: pub', '    text: A pub.') },
    file: `${passageDir}/passage.yaml`,
    line: 14,
    message: /^entryNotes\[0\]\.entry: there is no glossary entry "pub"/,
    only: true,
  },
  {
    name: 'two entry notes on one entry',
    changes: {
      ...homographs,
      ...withMeta('entryNotes:', '  - entry: baar', '    text: Once.', '  - entry: baar', '    text: Twice.'),
    },
    file: `${passageDir}/passage.yaml`,
    line: 16,
    message: /^entryNotes\[1\]\.entry: glossary entry "baar" already has a note at line 14/,
    only: true,
  },
];

const folderCases: ProblemCase[] = [
  {
    name: 'a missing file in a passage folder',
    changes: { [enFile]: null },
    file: `${passageDir}/en.txt`,
    line: 0,
    message: /missing file/,
    only: true,
  },
  {
    name: 'a passage folder name that is not a valid slug',
    changes: { 'passages/Bad_Slug/hi.txt': 'वाक्य.' },
    file: 'content/passages/Bad_Slug',
    line: 0,
    message: /not a valid slug/,
    only: true,
  },
];

describe('checkContent', () => {
  it('finds no problems in a valid content folder', async () => {
    expect(await checkContent(writeValidContent())).toEqual([]);
  });

  it('accepts a list item of several lines', async () => {
    const problems = await checkWith({
      [hiFile]: readValid(hiFile).replace('पहला वाक्य है.\nदूसरा', '- पहला वाक्य है.\n- दूसरा'),
    });
    expect(problems).toEqual([]);
  });

  describe.each([
    ['text files', textCases],
    ['alignment.tsv', alignmentCases],
    ['passage.yaml', metaCases],
    ['glossary', glossaryCases],
    ['shared forms', sharedFormCases],
    ['folders', folderCases],
  ])('%s', (_, cases) => {
    it.each(cases)('reports $name at $file:$line', async ({ changes, file, line, message, only }) => {
      const problems = await checkWith(changes);
      expectProblem(problems, file, line, message);
      if (only) expect(problems).toHaveLength(1);
    });
  });

  it('collects every problem instead of stopping at the first, sorted by file and line', async () => {
    const problems = await checkWith({
      ...replaceLine(hiFile, 6, '> [fr] Aujourd’hui.'),
      ...insertLines(alignmentFile, 5, '-\t-'),
      ...replaceLine('glossary/safety.yaml', 4, 'origin: xx'),
      ...replaceLine(metaFile, 6, '  published: 2026-2-10'),
    });
    expect(problems.map(({ file, line }) => `${file}:${line}`)).toEqual([
      'content/glossary/safety.yaml:4',
      `${passageDir}/alignment.tsv:5`,
      `${passageDir}/hi.txt:6`,
      `${passageDir}/passage.yaml:6`,
    ]);
  });

  it('accepts a form two entries share when one is its default, and a pin and a note that hold', async () => {
    const problems = await checkWith({
      ...homographs,
      ...withMeta(
        'senses:',
        '  - sentence: 2',
        '    phrase: बार गए',
        '    entry: bar',
        'entryNotes:',
        '  - entry: bar',
        '    text: The bar of the story.',
      ),
    });
    expect(problems).toEqual([]);
  });

  it('reports problems and warnings apart: checkContent, which a save consults, gives only problems', async () => {
    const contentDir = writeValidContent(homographs);
    const report = await reviewContent(contentDir);
    expect(report.problems).toEqual([]);
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(await checkContent(contentDir)).toEqual([]);
  });

  it('warns of every occurrence that fell back to its default entry, at its line in hi.txt', async () => {
    const { warnings } = await reviewContent(writeValidContent(homographs));
    const fallback = /^"बार" \(Hindi sentence 2\) stands for its default entry "baar", not "bar": .*senses/;
    expect(warnings).toEqual([
      { file: `${passageDir}/hi.txt`, line: 4, message: expect.stringMatching(fallback) },
      { file: `${passageDir}/hi.txt`, line: 4, message: expect.stringMatching(fallback) },
    ]);
  });

  it('does not warn where the English or a pin decided', async () => {
    const pinned = await reviewContent(writeValidContent({ ...homographs, ...pinAt('2', 'बार गए', 'bar') }));
    expect(pinned.warnings).toHaveLength(1);
    const byEnglish = await reviewContent(
      writeValidContent({ ...homographs, ...replaceLine(enFile, 3, 'We went to the bar.') }),
    );
    expect(byEnglish).toEqual({ problems: [], warnings: [] });
  });

  it('warns of a pin where the English already decides, whether it agrees or not', async () => {
    const english = replaceLine(enFile, 3, 'We went to the bar.');
    const agreeing = await reviewContent(writeValidContent({ ...homographs, ...english, ...pinAt('2', 'बार गए', 'bar') }));
    expect(agreeing.problems).toEqual([]);
    expectProblem(agreeing.warnings, `${passageDir}/passage.yaml`, 16, /^senses\[0\]\.entry: the pin is not needed/);
    const overruled = await reviewContent(writeValidContent({ ...homographs, ...english, ...pinAt('2', 'बार गए', 'baar') }));
    expectProblem(
      overruled.warnings,
      `${passageDir}/passage.yaml`,
      16,
      /^senses\[0\]\.entry: the pin is overruled: the English names glossary entry "bar"/,
    );
  });

  it('warns of a pin on a form no other entry shares', async () => {
    const { problems, warnings } = await reviewContent(
      writeValidContent({ ...homographs, ...replaceLine(hiFile, 4, 'बार-बार गए.'), ...pinAt('2', 'बार-बार', 'baar') }),
    );
    expect(problems).toEqual([]);
    expectProblem(warnings, `${passageDir}/passage.yaml`, 16, /^senses\[0\]\.entry: the pin is not needed: no other entry shares the form/);
  });

  it('warns of a meaning that says "here", in any case, as a whole word only', async () => {
    const { problems, warnings } = await reviewContent(
      writeValidContent({
        ...replaceLine('glossary/safety.yaml', 8, 'meaning: Being safe from harm; Here the team.'),
        ...replaceLine('glossary/safeguard.yaml', 9, 'meaning: A protection; where there is harm.'),
      }),
    );
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      { file: 'content/glossary/safety.yaml', line: 8, message: expect.stringMatching(/^meaning: says "here".*entryNotes/) },
    ]);
  });

  it('reports a content folder that does not exist', async () => {
    const problems = await checkContent(`${writeContent({})}-missing`);
    expect(problems).toEqual([
      { file: 'content-missing', line: 0, message: 'the content folder does not exist' },
    ]);
  });
});
