import 'server-only';

// The classroom's data layer: every function takes the asking actor and refuses what it may not see.
export { invalidFields, nowOf, refuse, studentOf, succeed, teacherOf } from './context';
export { getAssignmentResults, getSubmissionForReview, reopenSubmission, setFeedback } from './review';
export type {
  AssignmentResults,
  ResultRow,
  ReviewedAssignment,
  ReviewedQuizQuestion,
  ReviewedReveal,
  ReviewedTranslation,
  SubmissionReview,
} from './review';
export { resultsCsv } from './results-csv';
export type { ResultsCsvLabels, ResultsCsvRow } from './results-csv';
