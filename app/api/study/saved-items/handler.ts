import 'server-only';
import { getActor } from '@/lib/auth/server';
import { getDb } from '@/lib/db/server';
import { getT } from '@/lib/i18n/server';
import { itemToJson, type SavedItem } from '@/lib/my-words';
import type { MyWordsContext, MyWordsOutcome, MyWordsRefusal } from '@/lib/my-words/server';
import { hitRateLimit } from '@/lib/ratelimit';
import { crossOriginResponse, isSameOrigin, jsonResponse, languageOfRequest, readJsonBody, refusalJson, retryAfterSecondsOf } from '@/app/api/response';

const statusOf: Record<MyWordsRefusal['code'], number> = {
  'not-signed-in': 401,
  'not-found': 404,
  'invalid-input': 400,
  'too-many-items': 409,
  'stale-rating': 409,
};

/** Generous for a learner rating card after card; a bound on a script writing in a loop. */
const writeRule = { limit: 300, windowMs: 60_000 };

export function presentItem(item: SavedItem) {
  return itemToJson(item);
}

/**
 * Every call on My words: a signed-in user (401 otherwise, and the browser keeps the words
 * itself), same origin and a bound for writes, then the data layer, whose refusal picks the
 * status and a message in the caller's language.
 */
export async function handleMyWords<T>(
  request: Request,
  { write }: { write: boolean },
  run: (context: MyWordsContext, body: unknown) => Promise<MyWordsOutcome<T>>,
  present: (value: T) => unknown,
): Promise<Response> {
  if (write && !isSameOrigin(request)) return crossOriginResponse();
  const body = write ? await readJsonBody(request) : undefined;
  const t = getT(languageOfRequest(body, request), 'mywords');
  const refusal = ({ code, fields, current }: MyWordsRefusal) =>
    refusalJson({ error: code, message: t(`errors.${code}`), status: statusOf[code], fields, item: current && presentItem(current) });
  const actor = await getActor();
  if (!actor) return refusal({ ok: false, code: 'not-signed-in' });
  const db = await getDb();
  if (write) {
    const verdict = await hitRateLimit(db, `my-words:${actor.userId}`, writeRule);
    if (!verdict.allowed) {
      const retryAfterSeconds = retryAfterSecondsOf(verdict.retryAfterMs);
      return refusalJson({ error: 'too-many-attempts', message: t('errors.network'), status: 429, retryAfterSeconds });
    }
  }
  const outcome = await run({ db, actor }, body);
  if (!outcome.ok) return refusal(outcome);
  return jsonResponse(present(outcome.value));
}
