import { isLng, type Lng } from '@/lib/i18n';
import { chooseLanguage } from '@/lib/i18n/negotiate';
import { requestHost } from '@/app/request-host';

/** What every JSON answer of the API carries: it is about one caller, now, so nothing keeps it. */
const noStore = { 'cache-control': 'no-store' };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...noStore, ...headers } });
}

/** Why a request was refused, as every route answers it. */
export interface RefusalAnswer {
  /** The refusal's code, for programs and the reader's islands. */
  error: string;
  /** A sentence for people, in the caller's language. */
  message: string;
  status: number;
  /** The fields of the request at fault, when the refusal names them. */
  fields?: readonly string[];
  /** How long to wait before asking again; sent as Retry-After. */
  retryAfterSeconds?: number;
  /** A record the caller needs to go on from, such as an item that changed since it was read; sent as `item`. */
  item?: unknown;
}

/** A refusal as JSON: `{error, message, fields?, item?}`, with Retry-After when the caller must wait. */
export function refusalJson({ error, message, status, fields, retryAfterSeconds, item }: RefusalAnswer): Response {
  const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
  return jsonResponse({ error, message, ...(fields ? { fields } : {}), ...(item === undefined ? {} : { item }) }, status, headers);
}

/** A rate limiter's wait, in the whole seconds Retry-After counts. */
export function retryAfterSecondsOf(retryAfterMs: number): number {
  return Math.ceil(retryAfterMs / 1000);
}

/** The language of a caller: the language it asks for (a body's or query's `lng`) if it names one, else its Accept-Language. */
export function languageOf(request: Request, asked?: unknown): Lng {
  return isLng(asked) ? asked : chooseLanguage(undefined, request.headers.get('accept-language'));
}

/** The language of a JSON caller: the body's `lng` if it names one, else its Accept-Language. */
export function languageOfRequest(body: unknown, request: Request): Lng {
  return languageOf(request, fieldOf(body, 'lng'));
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
  return jsonResponse({ error: 'cross-origin' }, 403);
}

/**
 * Whether a conditional GET's If-None-Match already names this entity tag: one of its list (weak
 * or strong, compared weakly as RFC 9110 asks of GET) or `*`.
 */
export function ifNoneMatchNames(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
