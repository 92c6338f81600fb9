import type { TFunction } from 'i18next';
import { chooseLanguage } from '@/lib/i18n/negotiate';
import { isLng, type Lng } from '@/lib/i18n';
import type { Refusal, RefusalCode } from '@/lib/classroom';
import { describeRefusal, type RefusalSubject } from '@/components/classes/describe-refusal';
import { requestHost } from '@/app/request-host';

/** The HTTP status each refusal of the data layer answers with. */
export const refusalStatus: Record<RefusalCode, number> = {
  'invalid-input': 400,
  'not-signed-in': 401,
  'not-found': 404,
  archived: 409,
  'already-submitted': 409,
  'too-many-attempts': 429,
};

/** The language of a JSON caller: the body's `lng` if it names one, else its Accept-Language. */
export function languageOfRequest(body: unknown, request: Request): Lng {
  const asked = typeof body === 'object' && body !== null ? (body as { lng?: unknown }).lng : undefined;
  return isLng(asked) ? asked : chooseLanguage(undefined, request.headers.get('accept-language'));
}

/** A refusal as JSON: its code for programs, a message in the caller's language for people. */
export function refusalResponse(t: TFunction, subject: RefusalSubject, refusal: Refusal, typed: Record<string, string>): Response {
  const headers: Record<string, string> = {};
  if (refusal.retryAfterSeconds !== undefined) headers['retry-after'] = String(refusal.retryAfterSeconds);
  return Response.json(
    { error: refusal.code, message: describeRefusal(t, subject, refusal, typed).join(' '), ...(refusal.fields ? { fields: refusal.fields } : {}) },
    { status: refusalStatus[refusal.code], headers },
  );
}

/** The body as JSON, or undefined when it is none (no body, wrong type, or not JSON). */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** The one field a JSON object body names, or undefined. */
export function fieldOf(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null && name in body ? (body as Record<string, unknown>)[name] : undefined;
}

export function textField(body: unknown, name: string): string | undefined {
  const value = fieldOf(body, name);
  return typeof value === 'string' ? value : undefined;
}

/**
 * A browser sends Origin on a cross-site POST or PUT; it must name this host, or another site
 * could post a form that signs the visitor in as a student or writes their work. Scripts
 * without Origin pass.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === requestHost(request.headers);
  } catch {
    return false;
  }
}

export function crossOriginResponse(): Response {
  return Response.json({ error: 'cross-origin' }, { status: 403, headers: { 'cache-control': 'no-store' } });
}
