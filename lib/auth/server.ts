import 'server-only';
import { APIError } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { headers } from 'next/headers';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/lib/db/server';
import { checkRateLimit, clearRateLimit, hitRateLimit, type RateRule } from '@/lib/ratelimit';
import { actorFromSession, type Actor, type StudentActor, type TeacherActor } from './actor';
import { createAuth, readAuthSecret, type Auth } from './config';
import { maxPasswordLength, minPasswordLength } from './limits';
import type { AuthResult } from './problems';

const holder = globalThis as typeof globalThis & { sahpathAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  if (!holder.sahpathAuth) {
    const building = (async () => {
      const db = await getDb();
      return createAuth({
        db,
        secret: await readAuthSecret(db),
        baseURL: process.env.SAHPATH_BASE_URL?.trim() || undefined,
        trailingPlugins: [nextCookies()],
      });
    })();
    holder.sahpathAuth = building;
    building.catch(() => {
      if (holder.sahpathAuth === building) holder.sahpathAuth = undefined;
    });
  }
  return holder.sahpathAuth;
}

/**
 * The person behind this request, from the session cookie; null when nobody is signed in. React
 * cache(): a page, its metadata and its sections ask the database once per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  return actorFromSession(session);
});

export async function startStudentSession(userId: string): Promise<void> {
  const auth = await getAuth();
  await auth.api.startStudentSession({ body: { userId }, headers: await headers() });
}

export async function signOut(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
}

export const accountFailures: RateRule = { limit: 5, windowMs: 15 * 60_000 };
export const addressFailures: RateRule = { limit: 20, windowMs: 15 * 60_000 };
export const addressSignUps: RateRule = { limit: 100, windowMs: 60 * 60_000 };


const emailSchema = z.email().max(254);
export const signUpSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: emailSchema,
  password: z.string().min(minPasswordLength).max(maxPasswordLength),
});
export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(maxPasswordLength) });

/**
 * The address a request came from, for limits per address. Next does not show the socket's, and
 * X-Forwarded-For is only as honest as the proxy that sets it, so it counts only behind a proxy
 * (SAHPATH_TRUST_PROXY=1); without one, every request shares one count, which only makes the
 * limits stricter.
 */
export async function requestAddress(): Promise<string> {
  if (process.env.SAHPATH_TRUST_PROXY !== '1') return 'direct';
  const list = await headers();
  return list.get('x-forwarded-for')?.split(',')[0]?.trim() || list.get('x-real-ip') || 'unknown';
}

function tooMany(retryAfterMs: number): AuthResult {
  return { ok: false, problem: { code: 'too-many-attempts', retryAfterSeconds: Math.ceil(retryAfterMs / 1000) } };
}

function invalid(error: z.ZodError): AuthResult {
  return { ok: false, problem: { code: 'invalid-input', fields: [...new Set(error.issues.map((issue) => String(issue.path[0])))] } };
}

export async function signUpTeacher(input: unknown): Promise<AuthResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const db = await getDb();
  const address = await requestAddress();
  const perAddress = await hitRateLimit(db, `sign-up:address:${address}`, addressSignUps);
  if (!perAddress.allowed) return tooMany(perAddress.retryAfterMs);
  const auth = await getAuth();
  try {
    await auth.api.signUpEmail({ body: { ...parsed.data, email: parsed.data.email.toLowerCase() }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError && error.status === 'UNPROCESSABLE_ENTITY') return { ok: false, problem: { code: 'email-taken' } };
    throw error;
  }
  return { ok: true };
}

/** Failed sign-ins are counted per account and per address; past either limit, the next try waits. */
export async function signInTeacher(input: unknown): Promise<AuthResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const email = parsed.data.email.toLowerCase();
  const db = await getDb();
  const address = await requestAddress();
  const accountKey = `sign-in:account:${email}`;
  const addressKey = `sign-in:address:${address}`;
  for (const [key, rule] of [[accountKey, accountFailures], [addressKey, addressFailures]] as const) {
    const verdict = await checkRateLimit(db, key, rule);
    if (!verdict.allowed) return tooMany(verdict.retryAfterMs);
  }
  const auth = await getAuth();
  try {
    await auth.api.signInEmail({ body: { email, password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError && (error.status === 'UNAUTHORIZED' || error.status === 'BAD_REQUEST')) {
      await hitRateLimit(db, accountKey, accountFailures);
      await hitRateLimit(db, addressKey, addressFailures);
      return { ok: false, problem: { code: 'wrong-credentials' } };
    }
    throw error;
  }
  await clearRateLimit(db, accountKey);
  return { ok: true };
}

/** A path inside the site to go on to after signing in; anything else falls back to the teacher's page. */
export function safeNextPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}

/** The signed-in teacher, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireTeacher(lng: string, returnTo: string): Promise<TeacherActor> {
  const actor = await getActor();
  if (actor?.role === 'teacher') return actor;
  redirect(`/${lng}/sign-in?next=${encodeURIComponent(returnTo)}`);
}

/** The signed-in student, or a redirect to the page where a student joins a class. */
export async function requireStudent(lng: string): Promise<StudentActor> {
  const actor = await getActor();
  if (actor?.role === 'student') return actor;
  redirect(`/${lng}/join`);
}
