import 'server-only';
import path from 'node:path';
import type { ClassroomContext, PassageKey } from '@/lib/classroom';
import type { Sentence } from '@/lib/content';
import { readPassageForReader } from '@/lib/passages';
import { findSentenceAt, type SentencePlace } from './sentence';
import { createSpeaker, type Speaker } from './speaker';
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
