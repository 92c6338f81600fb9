import { z } from 'zod';

/** Longest text any one answer or feedback may hold; the form and the server both say so. */
export const maxAnswerLength = 5_000;
export const maxInstructionsLength = 2_000;
export const maxNameLength = 80;
export const maxSentencesPerAssignment = 200;

export const passageSources = ['library', 'teacher'] as const;
export type PassageSourceKind = (typeof passageSources)[number];

/** A passage as an assignment names it: a library slug, or the id of a teacher's own passage. */
export type PassageKey = { source: PassageSourceKind; ref: string };

export const translateDirections = ['hi-en', 'en-hi'] as const;
export type TranslateDirection = (typeof translateDirections)[number];

/**
 * What an assignment asks. Sentences are Hindi sentence indices of the passage; a translate task
 * names some of them (all within the assignment's range).
 */
export const tasksSchema = z.object({
  read: z.boolean(),
  translate: z
    .object({
      direction: z.enum(translateDirections),
      sentences: z.array(z.int().min(0)).min(1).max(maxSentencesPerAssignment),
    })
    .nullable(),
  quiz: z.boolean(),
});
export type AssignmentTasks = z.infer<typeof tasksSchema>;

export const quizKinds = ['meaning', 'source', 'gender'] as const;
export type QuizKind = (typeof quizKinds)[number];

/** One multiple-choice question, fixed when the assignment is made. */
export const quizQuestionSchema = z.object({
  id: z.string(),
  kind: z.enum(quizKinds),
  entryId: z.string(),
  /** The term as it stands in the passage, in Devanagari. */
  term: z.string(),
  sentence: z.int().min(0),
  choices: z.array(z.string()).min(2).max(6),
  answer: z.int().min(0),
});
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/** What a student has written so far: translations keyed by sentence index, quiz choices by question id. */
export const answersSchema = z.object({
  translations: z.record(z.string().regex(/^\d+$/), z.string().max(maxAnswerLength)),
  quiz: z.record(z.string().max(40), z.int().min(0).max(5)),
});
export type Answers = z.infer<typeof answersSchema>;
export const emptyAnswers: Answers = { translations: {}, quiz: {} };

/** Scores fixed at submission: chrF per translated sentence (0–100) and the quiz's share right (0–1). */
export type SubmissionScores = { chrf: Record<string, number>; quizCorrect: number; quizTotal: number };

/** A teacher's feedback, per sentence index, plus "general" for the whole submission. */
export const feedbackSchema = z.record(z.union([z.string().regex(/^\d+$/), z.literal('general')]), z.string().max(maxAnswerLength));
export type Feedback = z.infer<typeof feedbackSchema>;

export type SubmissionStatus = 'not-started' | 'draft' | 'submitted';
