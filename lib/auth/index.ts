export { createAuth, readAuthSecret } from './config';
export { maxPasswordLength, minPasswordLength } from './limits';
export type { AuthProblem, AuthResult } from './problems';
export type { Auth, AuthOptions } from './config';
export { actorFromSession, type Actor, type StudentActor, type TeacherActor } from './actor';
