import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { classroomContext } from '@/app/classroom-context';
import { requestAddress } from '@/lib/auth/server';
import { getDb } from '@/lib/db/server';
import type { Lng } from '@/lib/i18n';
import { getT } from '@/lib/i18n/server';
import { getSpeaker, serveSpokenSentence, type ServedSpeech } from '@/lib/speech';
import { ifNoneMatchNames, languageOf, refusalJson, retryAfterSecondsOf } from '@/app/api/response';

const querySchema = z.object({
  source: z.enum(['library', 'teacher']),
  ref: z.string().min(1).max(200),
  link: z.string().min(1).max(20),
  side: z.enum(['hi', 'en']),
  part: z.coerce.number().int().min(0).max(100),
});

type Refused = Extract<ServedSpeech, { ok: false }>;

const refusalStatus: Record<Refused['code'], number> = {
  'not-found': 404,
  'not-installed': 503,
  empty: 400,
  'too-long': 413,
  failed: 500,
  busy: 503,
  'too-many-requests': 429,
};

function refusal(lng: Lng, status: number, error: string, values: Record<string, string | number> = {}, retryAfterSeconds?: number): Response {
  return refusalJson({ error, message: getT(lng, 'listen')(`errors.${error}`, values), status, retryAfterSeconds });
}

function refusalOf(lng: Lng, outcome: Refused): Response {
  if (outcome.code === 'failed') console.error(`Speech failed: ${outcome.reason}`);
  if (outcome.code === 'too-long') return refusal(lng, 413, outcome.code, { count: outcome.length, limit: outcome.limit });
  if (outcome.code === 'too-many-requests') {
    const seconds = retryAfterSecondsOf(outcome.retryAfterMs);
    return refusal(lng, 429, outcome.code, { seconds }, seconds);
  }
  return refusal(lng, refusalStatus[outcome.code], outcome.code);
}

/**
 * One sentence of a passage, spoken by eSpeak NG on the server:
 * `?source=library|teacher&ref=…&link=…&side=hi|en&part=…` (`lng` for messages).
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const lng = languageOf(request, params.get('lng'));
  const query = querySchema.safeParse(Object.fromEntries(params));
  if (!query.success) return refusal(lng, 400, 'invalid');
  const { source, ref, ...place } = query.data;
  const context = source === 'library' ? { db: await getDb(), actor: null } : await classroomContext();
  const served = await serveSpokenSentence(context, await getSpeaker(), {
    key: { source, ref },
    place,
    address: await requestAddress(),
    holds: (audioKey) => ifNoneMatchNames(request, `"${audioKey}"`),
  });
  if (!served.ok) return refusalOf(lng, served);
  const etag = `"${served.kind === 'held' ? served.audioKey : served.audio.key}"`;
  // A library sentence is public and its audio changes only with its text; a teacher's stays private.
  const cacheControl = `${source === 'library' ? 'public' : 'private'}, max-age=86400`;
  const headers = { 'cache-control': cacheControl, etag, 'x-speech-voice': `espeak-ng:${served.voice}` };
  if (served.kind === 'held') return new Response(null, { status: 304, headers });
  const audio = await readFile(served.audio.file);
  return new Response(new Uint8Array(audio), {
    headers: { ...headers, 'content-type': served.audio.contentType, 'content-length': String(audio.byteLength) },
  });
}
