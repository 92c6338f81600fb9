import 'server-only';

// The classroom's data layer: every function takes the asking actor and refuses what it may not see.
export { invalidFields, nowOf, refuse, studentOf, succeed, teacherOf } from './context';
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
