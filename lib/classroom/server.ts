import 'server-only';

// The classroom's data layer: every function takes the asking actor and refuses what it may not see.
export { invalidFields, nowOf, refuse, studentOf, succeed, teacherOf } from './context';
