import { z } from 'zod';
import { describeSentenceCount, quoteStart } from './parse-text';
import type { ContentProblem, PassageSide, TranslatorNote } from './types';
import type { YamlPath } from './yaml-source';

const requiredText = z.string().trim().min(1, 'must not be empty');

const bilingualText = z.object({ hi: requiredText, en: requiredText }).strict();

const noteSchema = z
  .object({
    sentence: z.int().nonnegative('must be a Hindi sentence number (0 or more)'),
    phrase: requiredText,
    text: requiredText,
  })
  .strict();

/** Pins which glossary entry a shared form means at one place, where the English does not decide. */
const senseSchema = z
  .object({
    sentence: z.int().nonnegative('must be a Hindi sentence number (0 or more)'),
    phrase: requiredText,
    entry: requiredText,
  })
  .strict();

/** What one glossary entry means in this passage only; the reader shows it on the entry's card here. */
const entryNoteSchema = z.object({ entry: requiredText, text: requiredText }).strict();

/** passage.yaml: title, source and translator's notes; sentence numbers are checked against hi.txt. */
export const passageMetaSchema = z
  .object({
    title: bilingualText,
    source: z
      .object({
        name: z.union([requiredText, bilingualText], {
          error: (issue) =>
            issue.input === undefined ? 'is required' : 'must be a name, or one name per language: {hi: …, en: …}',
        }),
        url: z.url('must be a full URL (https://…)').optional(),
        published: z.iso.date('must be a date written YYYY-MM-DD').optional(),
        licence: requiredText.optional(),
      })
      .strict(),
    translation: z.object({ by: requiredText, licence: requiredText.optional() }).strict(),
    added: z.iso.date('must be a date written YYYY-MM-DD').optional(),
    notes: z.array(noteSchema).default([]),
    senses: z.array(senseSchema).default([]),
    entryNotes: z.array(entryNoteSchema).default([]),
  })
  .strict();

/** Checks each note against hi.txt: its sentence exists and contains its phrase. */
export function checkNotes(
  notes: TranslatorNote[],
  hi: PassageSide,
  file: string,
  lineOf: (path: YamlPath) => number,
): ContentProblem[] {
  return notes.flatMap((note, position): ContentProblem[] => {
    const sentence = hi.sentences[note.sentence];
    if (!sentence) {
      const count = describeSentenceCount('hi', hi.sentences.length);
      return [
        {
          file,
          line: lineOf(['notes', position, 'sentence']),
          message: `notes[${position}].sentence: there is no Hindi sentence ${note.sentence}: ${count}`,
        },
      ];
    }
    if (sentence.text.includes(note.phrase)) return [];
    return [
      {
        file,
        line: lineOf(['notes', position, 'phrase']),
        message: `notes[${position}].phrase: "${note.phrase}" does not occur in Hindi sentence ${note.sentence} ${quoteStart(sentence.text)}`,
      },
    ];
  });
}
