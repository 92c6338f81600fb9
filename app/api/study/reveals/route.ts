import type { TFunction } from 'i18next';
import type { Refusal } from '@/lib/classroom';
import { getT } from '@/lib/i18n/server';
import { hitRateLimit, type RateRule } from '@/lib/ratelimit';
import { listReveals, recordReveals } from '@/lib/reveal/server';
import { classroomContext } from '@/app/classroom-context';
import { crossOriginResponse, isSameOrigin, jsonResponse, languageOfRequest, readJsonBody, refusalJson, retryAfterSecondsOf } from '@/app/api/response';
import { refusalStatus } from '@/app/api/classroom/response';

/** A reader taps through a passage quickly; this is well above that and well below a flood. */
const writeRule: RateRule = { limit: 600, windowMs: 60_000 };

/** A refusal with its code for the island and a sentence in the caller's language. */
function refusalResponse(t: TFunction, refusal: Refusal): Response {
  const { code, fields, retryAfterSeconds } = refusal;
  return refusalJson({ error: code, message: t(`errors.${code}`), status: refusalStatus[code], fields, retryAfterSeconds });
}

/**
 * `GET ?source=&ref=`: the pairs of a passage the signed-in student has revealed. Anyone else
 * gets 401, and the reader keeps reveals in the browser instead.
 */
export async function GET(request: Request): Promise<Response> {
  const t = getT(languageOfRequest(undefined, request), 'reveal');
  const params = new URL(request.url).searchParams;
  const outcome = await listReveals(await classroomContext(), { source: params.get('source'), ref: params.get('ref') });
  if (!outcome.ok) return refusalResponse(t, outcome);
  return jsonResponse({ revealed: outcome.value });
}

/** `POST {source, ref, sentences}`: records reveals for the signed-in student; answers all revealed so far. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossOriginResponse();
  const body = await readJsonBody(request);
  const t = getT(languageOfRequest(body, request), 'reveal');
  const context = await classroomContext();
  if (context.actor?.role !== 'student') return refusalResponse(t, { ok: false, code: 'not-signed-in' });
  const verdict = await hitRateLimit(context.db, `study-reveal:${context.actor.userId}`, writeRule);
  if (!verdict.allowed) {
    return refusalResponse(t, { ok: false, code: 'too-many-attempts', retryAfterSeconds: retryAfterSecondsOf(verdict.retryAfterMs) });
  }
  const outcome = await recordReveals(context, body);
  if (!outcome.ok) return refusalResponse(t, outcome);
  return jsonResponse({ revealed: outcome.value });
}
