import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { classroomContext } from '@/app/classroom-context';
import { getDb } from '@/lib/db/server';
import { isLng, type Lng } from '@/lib/i18n';
import { chooseLanguage } from '@/lib/i18n/negotiate';
import { getT } from '@/lib/i18n/server';
import { findSpokenSentence, getSpeaker, type SpeechRefusal } from '@/lib/speech';

const querySchema = z.object({
  source: z.enum(['library', 'teacher']),
  ref: z.string().min(1).max(200),
  link: z.string().min(1).max(20),
  side: z.enum(['hi', 'en']),
  part: z.coerce.number().int().min(0).max(100),
});

const refusalStatus: Record<SpeechRefusal['code'], number> = { 'not-installed': 503, empty: 400, 'too-long': 413, failed: 500, busy: 503 };

function refusal(lng: Lng, status: number, error: string, values: Record<string, string | number> = {}): Response {
  const message = getT(lng, 'listen')(`errors.${error}`, values);
  return Response.json({ error, message }, { status, headers: { 'cache-control': 'no-store' } });
}

/**
 * One sentence of a passage, spoken by eSpeak NG on the server:
 * `?source=library|teacher&ref=…&link=…&side=hi|en&part=…` (`lng` for messages).
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const asked = params.get('lng');
  const lng = isLng(asked) ? asked : chooseLanguage(undefined, request.headers.get('accept-language'));
  const query = querySchema.safeParse(Object.fromEntries(params));
  if (!query.success) return refusal(lng, 400, 'invalid');
  const { source, ref, ...place } = query.data;
  const context = source === 'library' ? { db: await getDb(), actor: null } : await classroomContext();
  const sentence = await findSpokenSentence(context, { source, ref }, place);
  if (!sentence) return refusal(lng, 404, 'not-found');
  const speaker = await getSpeaker();
  const outcome = await speaker.speak({ voice: sentence.lang, text: sentence.text });
  if (!outcome.ok) {
    if (outcome.code === 'failed') console.error(`Speech failed: ${outcome.reason}`);
    const values: Record<string, number> = outcome.code === 'too-long' ? { count: outcome.length, limit: outcome.limit } : {};
    return refusal(lng, refusalStatus[outcome.code], outcome.code, values);
  }
  const etag = `"${outcome.key}"`;
  // A library sentence is public and its audio changes only with its text; a teacher's stays private.
  const cacheControl = `${source === 'library' ? 'public' : 'private'}, max-age=86400`;
  const headers = { 'cache-control': cacheControl, etag, 'x-speech-voice': `espeak-ng:${sentence.lang}` };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const audio = await readFile(outcome.file);
  return new Response(new Uint8Array(audio), {
    headers: { ...headers, 'content-type': outcome.contentType, 'content-length': String(audio.byteLength) },
  });
}
