/** Why signing up or in did not work; the page turns each into a sentence in its language. */
export type AuthProblem =
  | { code: 'invalid-input'; fields: string[] }
  | { code: 'wrong-credentials' }
  | { code: 'email-taken' }
  | { code: 'too-many-attempts'; retryAfterSeconds: number };

export type AuthResult = { ok: true } | { ok: false; problem: AuthProblem };
