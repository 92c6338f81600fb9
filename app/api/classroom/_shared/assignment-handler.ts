import 'server-only';
import { getActor } from '@/lib/auth/server';
import { maxAnswerLength, type ClassroomContext, type Outcome, type Refusal } from '@/lib/classroom';
import { getDb } from '@/lib/db/server';
import { hitRateLimit, type RateRule } from '@/lib/ratelimit';
import { crossOriginResponse, isSameOrigin, jsonResponse, retryAfterSecondsOf } from '@/app/api/response';
import { refusalStatus } from '@/app/api/classroom/response';

/** A body larger than every answer at its limit, with room for the JSON around them. */
const maxBodyBytes = 2_000_000;

function describeField(field: string): string {
  if (field.startsWith('translations.')) {
    return `${field}: a translation holds at most ${maxAnswerLength} characters, and only rows set to translate take one`;
  }
  if (field.startsWith('quiz.')) return `${field}: not a choice of a question of this assignment`;
  if (field === 'sentence') return 'sentence: not a row of this assignment';
  return `${field}: not valid`;
}

function refusalResponse(refusal: Refusal): Response {
  const body: Record<string, unknown> = { error: refusal.code };
  if (refusal.fields) {
    body.fields = refusal.fields;
    body.messages = refusal.fields.map(describeField);
  }
  if (refusal.retryAfterSeconds !== undefined) {
    body.retryAfterSeconds = refusal.retryAfterSeconds;
    return jsonResponse(body, refusalStatus[refusal.code], { 'retry-after': String(refusal.retryAfterSeconds) });
  }
  return jsonResponse(body, refusalStatus[refusal.code]);
}

async function readBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.length > maxBodyBytes) return { ok: false, response: refusalResponse({ ok: false, code: 'invalid-input', fields: ['body'] }) };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: refusalResponse({ ok: false, code: 'invalid-input', fields: ['body'] }) };
  }
}

/**
 * The shape every student write on an assignment shares: same origin, a signed-in student, a
 * limit per student and action, a JSON body, then the data layer, whose refusal picks the status.
 */
export async function handleStudentWrite<T>(
  request: Request,
  action: string,
  rule: RateRule,
  run: (context: ClassroomContext, body: unknown) => Promise<Outcome<T>>,
  present: (value: T) => unknown,
): Promise<Response> {
  if (!isSameOrigin(request)) return crossOriginResponse();
  const actor = await getActor();
  if (actor?.role !== 'student') return refusalResponse({ ok: false, code: 'not-signed-in' });
  const db = await getDb();
  const verdict = await hitRateLimit(db, `assignment-${action}:${actor.userId}`, rule);
  if (!verdict.allowed) {
    return refusalResponse({ ok: false, code: 'too-many-attempts', retryAfterSeconds: retryAfterSecondsOf(verdict.retryAfterMs) });
  }
  const read = await readBody(request);
  if (!read.ok) return read.response;
  const outcome = await run({ db, actor }, read.body);
  if (!outcome.ok) return refusalResponse(outcome);
  return jsonResponse(present(outcome.value), 200);
}
