import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createAuth, readAuthSecret, type Auth } from '@/lib/auth';
import { tables, type OpenDatabase } from '@/lib/db';
import { checkRateLimit, hitRateLimit } from '@/lib/ratelimit';
import { databaseTargets } from '../support/databases';

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`accounts and limits on ${target.name}`, () => {
    let database: OpenDatabase;
    let auth: Auth;

    beforeAll(async () => {
      database = await target.open();
      auth = createAuth({ db: database.db, secret: await readAuthSecret(database.db, {}) });
    }, 60_000);
    afterAll(async () => database?.close());

    it('keeps one secret for every instance that asks', async () => {
      const first = await readAuthSecret(database.db, {});
      expect(first).toMatch(/^[\w-]{40,}$/);
      expect(await readAuthSecret(database.db, {})).toBe(first);
    });

    it('signs a teacher up and in, stores a memory-hard hash and refuses a wrong password', async () => {
      const signedUp = await auth.api.signUpEmail({
        body: { name: 'Asha Verma', email: 'asha@example.org', password: 'correct horse battery' },
      });
      expect(signedUp.user.email).toBe('asha@example.org');
      const [stored] = await database.db.select().from(tables.account).where(eq(tables.account.userId, signedUp.user.id));
      expect(stored?.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
      expect(stored?.password).not.toContain('correct horse');
      const [row] = await database.db.select().from(tables.user).where(eq(tables.user.id, signedUp.user.id));
      expect(row?.role).toBe('teacher');

      const signedIn = await auth.api.signInEmail({ body: { email: 'asha@example.org', password: 'correct horse battery' } });
      expect(signedIn.token).toBeTruthy();
      await expect(auth.api.signInEmail({ body: { email: 'asha@example.org', password: 'wrong horse battery' } })).rejects.toThrow();
    });

    it('gives a student a session without email or password', async () => {
      await database.db.insert(tables.user).values({ id: 'student-1', name: 'Ravi', email: 'student-1@students.invalid', role: 'student' });
      await database.db.insert(tables.student).values({ userId: 'student-1', reentryCode: 'AAAA-BBBB-CCCC' });
      const response = await auth.api.startStudentSession({ body: { userId: 'student-1' }, asResponse: true });
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/better-auth\.session_token=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(';')[0] ?? '' }) });
      expect(session?.user.id).toBe('student-1');
      await expect(auth.api.startStudentSession({ body: { userId: 'nobody' } })).rejects.toThrow(/no such student/);
    });

    it('counts hits exactly under concurrency and opens a new window when the old one ends', async () => {
      const rule = { limit: 5, windowMs: 60_000 };
      const now = 1_000_000;
      const verdicts = await Promise.all(Array.from({ length: 8 }, () => hitRateLimit(database.db, 'join:1.2.3.4', rule, now)));
      expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(5);
      expect(await checkRateLimit(database.db, 'join:1.2.3.4', rule, now + 1)).toEqual({ allowed: false, retryAfterMs: 59_999 });
      expect((await hitRateLimit(database.db, 'join:1.2.3.4', rule, now + 60_000)).allowed).toBe(true);
    });
  });
}
