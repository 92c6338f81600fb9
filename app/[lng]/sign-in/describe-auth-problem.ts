import type { TFunction } from 'i18next';
import { maxPasswordLength, minPasswordLength, type AuthProblem } from '@/lib/auth';

/** One message per problem, in the page's language; field problems name the fields to fix. */
export function describeAuthProblem(t: TFunction, problem: AuthProblem): string[] {
  switch (problem.code) {
    case 'invalid-input':
      return problem.fields.map((field) =>
        field === 'password'
          ? t('problems.password', { min: minPasswordLength, max: maxPasswordLength })
          : field === 'name'
            ? t('problems.name')
            : t('problems.email'),
      );
    case 'wrong-credentials':
      return [t('problems.wrongCredentials')];
    case 'email-taken':
      return [t('problems.emailTaken')];
    case 'too-many-attempts':
      return problem.retryAfterSeconds > 90
        ? [t('problems.tooManyAttemptsMinutes', { count: Math.ceil(problem.retryAfterSeconds / 60) })]
        : [t('problems.tooManyAttempts', { count: problem.retryAfterSeconds })];
  }
}
