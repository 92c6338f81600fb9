import { getActor } from '@/lib/auth/server';
import { getDb } from '@/lib/db/server';
import { getT } from '@/lib/i18n/server';
import { maxFamiliesPerRequest } from '@/lib/words';
import { listWordStatuses, maxFamiliesPerUser, setWordStatuses, type WordsContext, type WordsRefusal } from '@/lib/words/server';
import { crossOriginResponse, isSameOrigin, jsonResponse, languageOfRequest, readJsonBody, refusalJson } from '@/app/api/response';

async function wordsContext(): Promise<WordsContext> {
  const [db, actor] = await Promise.all([getDb(), getActor()]);
  return { db, actor };
}

function refusal(request: Request, body: unknown, outcome: WordsRefusal): Response {
  const lng = languageOfRequest(body, request);
  const t = getT(lng, 'words');
  const answers = {
    'not-signed-in': { status: 401, message: t('api.notSignedIn') },
    'invalid-input': { status: 400, message: t('api.invalid', { max: maxFamiliesPerRequest }) },
    'too-many-attempts': { status: 429, message: t('api.tooManyAttempts') },
    'too-many-families': { status: 409, message: t('api.tooManyFamilies', { max: maxFamiliesPerUser.toLocaleString(lng) }) },
  } as const;
  const { status, message } = answers[outcome.code];
  return refusalJson({ error: outcome.code, message, status });
}

/** Every word family the signed-in user marked: `{statuses: {family: 'learning'|'known'}}`; 401 for anyone else. */
export async function GET(request: Request): Promise<Response> {
  const outcome = await listWordStatuses(await wordsContext());
  if (!outcome.ok) return refusal(request, undefined, outcome);
  return jsonResponse({ statuses: outcome.value });
}

/** Sets one status `{family, status}` or a batch `{changes: [{family, status}]}` (status new, learning or known). */
export async function PUT(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossOriginResponse();
  const body = await readJsonBody(request);
  const outcome = await setWordStatuses(await wordsContext(), body);
  if (!outcome.ok) return refusal(request, body, outcome);
  return jsonResponse({ changes: outcome.value });
}

export const POST = PUT;
