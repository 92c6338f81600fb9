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
export {
  createAssignment,
  deleteAssignment,
  listAssignablePassages,
  listClassAssignments,
  maxTitleLength,
  newAssignmentSchema,
  readAssignableClass,
  readPassageToAssign,
} from './assignments';
export type { AssignablePassage, ClassAssignmentSummary, NewAssignment } from './assignments';
export {
  getStudentAssignment,
  listStudentAssignments,
  recordReveal,
  saveDraft,
  scoreAnswers,
  submitAssignment,
} from './submissions';
export type { OwnSubmission, QuizQuestionView, StudentAssignment, StudentAssignmentSummary } from './submissions';
export {
  classNameSchema,
  createClass,
  deleteClass,
  getClassForTeacher,
  isTeachersClass,
  listTeacherClasses,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  resetReentryCode,
  setClassArchived,
} from './classes';
export type { RosterEntry, TeacherClass, TeacherClassSummary } from './classes';
export {
  displayNameSchema,
  isStudentOfClass,
  joinClass,
  joinFailures,
  listStudentClasses,
  reenter,
  reentryFailures,
} from './students';
export type { JoinedClass, StudentClass } from './students';
export type { StudentRow } from './submissions';
