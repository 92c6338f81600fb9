export { JOIN_CODE_BITS, REENTRY_CODE_BITS, newJoinCode, newReentryCode, readJoinCode, readReentryCode } from './codes';
export {
  answersSchema,
  emptyAnswers,
  feedbackSchema,
  maxAnswerLength,
  maxInstructionsLength,
  maxNameLength,
  maxSentencesPerAssignment,
  passageSources,
  quizKinds,
  quizQuestionSchema,
  tasksSchema,
  translateDirections,
} from './types';
export type {
  Answers,
  AssignmentTasks,
  Feedback,
  PassageKey,
  PassageSourceKind,
  QuizKind,
  QuizQuestion,
  SubmissionScores,
  SubmissionStatus,
  TranslateDirection,
} from './types';
export { minutesToWait } from './context';
export type { ClassroomContext, Outcome, Refusal, RefusalCode } from './context';
export { pairsInRange, translationTask } from './range';
export type { RangePair } from './range';
export { buildQuiz, genderChoices, scoreQuiz } from './quiz';
export type { QuizOptions } from './quiz';
export { maxQuizQuestions } from './quiz';
