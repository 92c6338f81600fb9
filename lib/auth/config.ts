import { randomBytes } from 'node:crypto';
import { betterAuth, type BetterAuthPlugin } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthEndpoint } from 'better-auth/api';
import { setSessionCookie } from 'better-auth/cookies';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { tables, type Database } from '@/lib/db';
import { maxPasswordLength, minPasswordLength } from './limits';

const sessionDays = 30;

/**
 * Students have no password: once the classroom has checked their join or re-entry code, this
 * endpoint gives them a Better Auth session like any user's. It is server-only, so no request
 * from outside can ask for one.
 */
function studentSessions(db: Database) {
  return {
    id: 'sahpath-student-sessions',
    endpoints: {
      startStudentSession: createAuthEndpoint(
        '/sahpath/student-session',
        { method: 'POST', body: z.object({ userId: z.string().min(1) }), metadata: { SERVER_ONLY: true } },
        async (ctx) => {
          const [row] = await db
            .select({ userId: tables.student.userId })
            .from(tables.student)
            .where(eq(tables.student.userId, ctx.body.userId));
          const user = row ? await ctx.context.internalAdapter.findUserById(row.userId) : null;
          if (!user) throw new APIError('NOT_FOUND', { message: 'no such student' });
          const session = await ctx.context.internalAdapter.createSession(user.id);
          await setSessionCookie(ctx, { session, user });
          return ctx.json({ userId: user.id });
        },
      ),
    },
  } satisfies BetterAuthPlugin;
}

export type AuthOptions = {
  db: Database;
  secret: string;
  baseURL?: string;
  /** Plugins that must come last, such as the one that hands cookies to Next.js. */
  trailingPlugins?: BetterAuthPlugin[];
};

export function createAuth({ db, secret, baseURL, trailingPlugins = [] }: AuthOptions) {
  return betterAuth({
    appName: 'Sahpath',
    secret,
    baseURL,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: tables.user, session: tables.session, account: tables.account, verification: tables.verification },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength,
      maxPasswordLength,
      autoSignIn: true,
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'teacher', input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * sessionDays, updateAge: 60 * 60 * 24 },
    advanced: {
      useSecureCookies: baseURL?.startsWith('https://') ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      database: { generateId: () => randomBytes(16).toString('base64url') },
    },
    // Sign-in attempts are counted per account and per address by the classroom's own limiter,
    // which every instance shares; the library's own limiter only sees its HTTP routes, which are not mounted.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // A wrong password is an expected answer, not a warning for the server's log.
    logger: { level: 'error' },
    plugins: [studentSessions(db), ...trailingPlugins],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const secretSetting = 'auth-secret';

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, else one made on first
 * start and kept in the database, so every instance on the same database signs alike.
 */
export async function readAuthSecret(db: Database, env: Readonly<Record<string, string | undefined>> = process.env): Promise<string> {
  const configured = env.BETTER_AUTH_SECRET?.trim();
  if (configured) return configured;
  await db
    .insert(tables.appSetting)
    .values({ name: secretSetting, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(tables.appSetting).where(eq(tables.appSetting.name, secretSetting));
  if (!row) throw new Error('the auth secret could not be stored');
  return row.value;
}
