import 'server-only';
import path from 'node:path';
import type { ClassroomContext, PassageKey } from '@/lib/classroom';
import { nowOf } from '@/lib/classroom/server';
import type { Sentence } from '@/lib/content';
import { readPassageForReader } from '@/lib/passages';
import { hitRateLimit, type RateRule } from '@/lib/ratelimit';
import { findSentenceAt, type SentencePlace } from './sentence';
import { createSpeaker, type Speaker, type SpeechRefusal, type SpeechVoice, type SpokenAudio } from './speaker';
import { findSpeechTools } from './tools';

type Env = Readonly<Record<string, string | undefined>>;

/** `SAHPATH_SPEECH_DIR`, or `speech/` beside the embedded database's folder (`data/speech/` by default). */
export function speechCacheDirFromEnv(env: Env = process.env): string {
  const named = env.SAHPATH_SPEECH_DIR?.trim();
  if (named) return named;
  const databaseDir = env.SAHPATH_DATA_DIR?.trim() || path.join(process.cwd(), 'data', 'db');
  // The folder is chosen at run time: nothing in it belongs in the build's file trace.
  return path.join(/*turbopackIgnore: true*/ path.dirname(path.resolve(/*turbopackIgnore: true*/ databaseDir)), 'speech');
}

let speaker: Promise<Speaker> | undefined;

/** One speaker per process, so that requests for the same text share one making of it. */
export function getSpeaker(): Promise<Speaker> {
  speaker ??= findSpeechTools().then((tools) => createSpeaker({ tools, cacheDir: speechCacheDirFromEnv() }));
  // A failed search is not kept: the next request looks again.
  speaker.catch(() => {
    speaker = undefined;
  });
  return speaker;
}

/**
 * The sentence a reader asks to hear, from a passage the asker may read: any library passage, a
 * teacher passage only for its owner and the students it is assigned to. Only passages' text is
 * ever spoken, so the server makes and keeps no audio of anything else.
 */
export async function findSpokenSentence(context: ClassroomContext, key: PassageKey, place: SentencePlace): Promise<Sentence | null> {
  const passage = await readPassageForReader(context, key);
  return passage ? findSentenceAt(passage, place) : null;
}

/**
 * New sentences one address may have made in a minute. A learner hears a sentence in three to six
 * seconds, so one playing a passage straight through asks about twenty a minute; this leaves room
 * for several learners behind one school address and for skipping ahead, and stops a script
 * looping over passages after two minutes' worth of a class. Audio already kept is not counted:
 * it costs a file read, not eSpeak NG, and a class hearing one passage shares it.
 */
export const newSentencesPerAddress: RateRule = { limit: 120, windowMs: 60_000 };

export interface SpeechAsk {
  key: PassageKey;
  place: SentencePlace;
  /** Where the request came from, for the limit per address. */
  address: string;
  /** Whether the asker already holds the audio of this key (a conditional request's ETag). */
  holds: (audioKey: string) => boolean;
}

export type ServedSpeech =
  | { ok: true; kind: 'audio'; audio: SpokenAudio; voice: SpeechVoice }
  | { ok: true; kind: 'held'; audioKey: string; voice: SpeechVoice }
  | SpeechRefusal
  | { ok: false; code: 'not-found' }
  | { ok: false; code: 'too-many-requests'; retryAfterMs: number };

/**
 * One sentence's audio for a reader, cheapest first: nothing at all when the asker already holds
 * it, the kept file when there is one, and only then a new making, counted against the address.
 */
export async function serveSpokenSentence(
  context: ClassroomContext,
  speaker: Speaker,
  { key, place, address, holds }: SpeechAsk,
  rule: RateRule = newSentencesPerAddress,
): Promise<ServedSpeech> {
  const sentence = await findSpokenSentence(context, key, place);
  if (!sentence) return { ok: false, code: 'not-found' };
  const request = { voice: sentence.lang, text: sentence.text };
  const prepared = speaker.prepare(request);
  if (!prepared.ok) return prepared;
  if (holds(prepared.key)) return { ok: true, kind: 'held', audioKey: prepared.key, voice: sentence.lang };
  const kept = await speaker.findKept(request);
  if (kept) return { ok: true, kind: 'audio', audio: kept, voice: sentence.lang };
  const verdict = await hitRateLimit(context.db, `speech:address:${address}`, rule, nowOf(context).getTime());
  if (!verdict.allowed) return { ok: false, code: 'too-many-requests', retryAfterMs: verdict.retryAfterMs };
  const outcome = await speaker.speak(request);
  return outcome.ok ? { ok: true, kind: 'audio', audio: outcome, voice: sentence.lang } : outcome;
}
