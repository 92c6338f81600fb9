import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createGlossaryLinker, describeForm, type GlossaryEntry, type GlossaryLinker, type SharedForm } from '@/lib/glossary';
import { linkPassageTerms } from './link-terms';
import {
  describeContentFile,
  isDirectory,
  isValidName,
  readGlossary,
  readPassage,
  readVisibleEntries,
  resolveContentDir,
  resolveGlossaryDir,
  resolvePassagesDir,
} from './load';
import { describeSentenceCount, quoteStart } from './parse-text';
import { findRomanizationDisagreements } from './romanization-check';
import type { ContentProblem, Passage } from './types';
import type { YamlPath } from './yaml-source';

/** What `content:check` finds: problems make the content invalid, warnings are worth a look. */
export interface ContentReport {
  problems: ContentProblem[];
  /** Valid, but worth a look: a shared form left to its default, a meaning that speaks of one passage. */
  warnings: ContentProblem[];
}

interface ReadPassage {
  passage: Passage;
  hiFile: string;
  metaFile: string;
  metaLineOf: (path: YamlPath) => number;
}

function compareProblems(a: ContentProblem, b: ContentProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

async function checkPassages(
  contentDir: string,
): Promise<{ problems: ContentProblem[]; passages: ReadPassage[] }> {
  const passagesDir = resolvePassagesDir(contentDir);
  const entries = (await readVisibleEntries(passagesDir)) ?? [];
  const problems: ContentProblem[] = [];
  const passages: ReadPassage[] = [];
  for (const entry of entries) {
    const folder = path.join(passagesDir, entry.name);
    const file = describeContentFile(contentDir, folder);
    if (!entry.isDirectory()) {
      const message = 'not a passage folder: passages/ holds one folder per passage';
      problems.push({ file, line: 0, message });
    } else if (!isValidName(entry.name)) {
      problems.push({
        file,
        line: 0,
        message: `"${entry.name}" is not a valid slug: use lower-case ASCII letters, digits and single hyphens`,
      });
    } else {
      const reading = await readPassage(entry.name, contentDir);
      problems.push(...reading.problems);
      if (reading.passage) {
        passages.push({
          passage: reading.passage,
          hiFile: describeContentFile(contentDir, path.join(folder, 'hi.txt')),
          metaFile: describeContentFile(contentDir, path.join(folder, 'passage.yaml')),
          metaLineOf: reading.metaLineOf,
        });
      }
    }
  }
  return { problems, passages };
}

/** Every place `phrase` occurs in `text`, as start offsets. */
function findPhraseStarts(text: string, phrase: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) starts.push(at);
  return starts;
}

/**
 * Checks each `senses:` pin: its sentence and phrase exist, and its entry owns a form in the
 * phrase. A pin where the English already decides is a warning: the English goes first.
 */
function checkSenses(
  { passage, metaFile, metaLineOf }: ReadPassage,
  linker: GlossaryLinker,
  glossaryIds: ReadonlySet<string>,
): ContentReport {
  const report: ContentReport = { problems: [], warnings: [] };
  for (const [position, pin] of passage.senses.entries()) {
    const at = (field: string, message: string) => ({
      file: metaFile,
      line: metaLineOf(['senses', position, field]),
      message: `senses[${position}].${field}: ${message}`,
    });
    const sentence = passage.hi.sentences[pin.sentence];
    if (!sentence) {
      const count = describeSentenceCount('hi', passage.hi.sentences.length);
      report.problems.push(at('sentence', `there is no Hindi sentence ${pin.sentence}: ${count}`));
      continue;
    }
    const starts = findPhraseStarts(sentence.text, pin.phrase);
    if (starts.length === 0) {
      const where = `Hindi sentence ${pin.sentence} ${quoteStart(sentence.text)}`;
      report.problems.push(at('phrase', `"${pin.phrase}" does not occur in ${where}`));
      continue;
    }
    if (!glossaryIds.has(pin.entry)) {
      report.problems.push(at('entry', `there is no glossary entry "${pin.entry}" (no glossary/${pin.entry}.yaml)`));
      continue;
    }
    const inPhrase = (term: { start: number; end: number }) =>
      starts.some((start) => term.start >= start && term.end <= start + pin.phrase.length);
    const pinned = linker
      .linkTerms(sentence.text, { pins: [pin] })
      .filter((term) => inPhrase(term) && term.entryId === pin.entry);
    if (pinned.length === 0) {
      report.problems.push(
        at('entry', `glossary entry "${pin.entry}" has no form in "${pin.phrase}", so the pin decides nothing`),
      );
      continue;
    }
    if (pinned.every((term) => term.decidedBy === 'only')) {
      report.warnings.push(at('entry', 'the pin is not needed: no other entry shares the form'));
      continue;
    }
    const english = passage.links
      .find((link) => link.hi.includes(pin.sentence))
      ?.en.map((index) => passage.en.sentences[index]?.text ?? '')
      .join(' ');
    const decided = linker.linkTerms(sentence.text, { english }).filter(inPhrase);
    const byEnglish = decided.find((term) => term.decidedBy === 'english');
    if (byEnglish !== undefined) {
      const outcome =
        byEnglish.entryId === pin.entry
          ? 'is not needed'
          : `is overruled: the English names glossary entry "${byEnglish.entryId}"`;
      report.warnings.push(at('entry', `the pin ${outcome}, and the English decides before a pin`));
    }
  }
  return report;
}

/**
 * Checks the glossary's part in one passage: its pins, its entry notes (each naming an entry the
 * passage links, once), and warns of every shared form that fell back to its default.
 */
function checkPassageTerms(
  read: ReadPassage,
  linker: GlossaryLinker,
  glossaryIds: ReadonlySet<string>,
  sharedForms: ReadonlyMap<string, SharedForm>,
): ContentReport {
  const { passage, hiFile, metaFile, metaLineOf } = read;
  const report = checkSenses(read, linker, glossaryIds);
  const terms = linkPassageTerms(passage, linker);
  const linked = new Set(terms.flat().map((term) => term.entryId));

  const noted = new Map<string, number>();
  for (const [position, note] of passage.entryNotes.entries()) {
    const line = metaLineOf(['entryNotes', position, 'entry']);
    const field = `entryNotes[${position}].entry`;
    const earlier = noted.get(note.entry);
    if (earlier !== undefined) {
      const message = `${field}: glossary entry "${note.entry}" already has a note at line ${earlier}; an entry has one note per passage`;
      report.problems.push({ file: metaFile, line, message });
    } else if (!glossaryIds.has(note.entry)) {
      const message = `${field}: there is no glossary entry "${note.entry}" (no glossary/${note.entry}.yaml)`;
      report.problems.push({ file: metaFile, line, message });
    } else if (!linked.has(note.entry)) {
      const message = `${field}: glossary entry "${note.entry}" does not occur in this passage, so no card shows the note`;
      report.problems.push({ file: metaFile, line, message });
    }
    if (earlier === undefined) noted.set(note.entry, line);
  }

  for (const [index, sentenceTerms] of terms.entries()) {
    const sentence = passage.hi.sentences[index];
    if (!sentence) continue;
    for (const term of sentenceTerms) {
      if (term.decidedBy !== 'default') continue;
      const written = sentence.text.slice(term.start, term.end);
      const others = (sharedForms.get(describeForm(written))?.entryIds ?? [])
        .filter((id) => id !== term.entryId)
        .map((id) => `"${id}"`)
        .join(', ');
      report.warnings.push({
        file: hiFile,
        line: sentence.line,
        message: `"${written}" (Hindi sentence ${index}) stands for its default entry "${term.entryId}", not ${others}: the English names none or several of them; if that is wrong, pin it in passage.yaml senses:`,
      });
    }
  }
  return report;
}

/** The glossary's checks on every valid passage, once the glossary itself is valid. */
function checkGlossaryInPassages(entries: readonly GlossaryEntry[], passages: readonly ReadPassage[]): ContentReport {
  const linker = createGlossaryLinker(entries);
  const glossaryIds = new Set(entries.map((entry) => entry.id));
  const sharedForms = new Map(linker.sharedForms.map((shared) => [describeForm(shared.form), shared]));
  const reports = passages.map((read) => checkPassageTerms(read, linker, glossaryIds, sharedForms));
  return {
    problems: reports.flatMap((report) => report.problems),
    warnings: reports.flatMap((report) => report.warnings),
  };
}

/**
 * Warns of every entry whose written romanisation is not what the romanisation module says of its
 * headword, for a person to decide which is right: the pages keep showing the written one.
 */
async function checkRomanizations(contentDir: string, entries: readonly GlossaryEntry[]): Promise<ContentProblem[]> {
  const glossaryDir = resolveGlossaryDir(contentDir);
  // Imported here, not at the top, so that browser code using this module never bundles the lexicon.
  const { hindiLexicon } = await import('@/lib/text/hindi-lexicon');
  return Promise.all(
    findRomanizationDisagreements(entries, hindiLexicon()).map(async ({ id, written, computed }) => {
      const filePath = path.join(glossaryDir, `${id}.yaml`);
      const lines = (await readFile(filePath, 'utf8')).split('\n');
      const line = lines.findIndex((text) => text.startsWith('romanization:')) + 1;
      return {
        file: describeContentFile(contentDir, filePath),
        line,
        message: `romanization: "${id}" is written "${written}", the romanisation module says "${computed}"; if the module is wrong, keep the written one`,
      };
    }),
  );
}

/** Checks every passage and glossary entry: all problems and warnings, each sorted by file and line. */
export async function reviewContent(contentDir = resolveContentDir()): Promise<ContentReport> {
  if (!(await isDirectory(contentDir))) {
    const file = describeContentFile(contentDir, contentDir);
    return { problems: [{ file, line: 0, message: 'the content folder does not exist' }], warnings: [] };
  }
  const [passages, glossary] = await Promise.all([checkPassages(contentDir), readGlossary(contentDir)]);
  // An invalid glossary would only add noise to the passages' checks: they wait for it to be fixed.
  const linking =
    glossary.problems.length === 0
      ? checkGlossaryInPassages(glossary.entries, passages.passages)
      : { problems: [], warnings: [] };
  const romanizations = await checkRomanizations(contentDir, glossary.entries);
  return {
    problems: [...passages.problems, ...glossary.problems, ...linking.problems].sort(compareProblems),
    warnings: [...glossary.warnings, ...linking.warnings, ...romanizations].sort(compareProblems),
  };
}

/** Every problem (no warnings), sorted by file and line: what makes content invalid. */
export async function checkContent(contentDir = resolveContentDir()): Promise<ContentProblem[]> {
  return (await reviewContent(contentDir)).problems;
}
