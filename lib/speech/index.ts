// Speech on the server: eSpeak NG (GPL-3.0) is run as a program of its own, never linked or bundled.
import 'server-only';

export { chooseEncoder, contentTypes } from './encoders';
export type { Encoder, SpeechEncoding } from './encoders';
export { findSentenceAt } from './sentence';
export type { SentencePlace } from './sentence';
export { findSpokenSentence, getSpeaker, speechCacheDirFromEnv } from './server';
export { createSpeaker, espeakVoices, normalizeSpokenText, speechCacheKey, speechTextLimit } from './speaker';
export type { Speaker, SpeakerOptions, SpeechOutcome, SpeechRefusal, SpeechVoice, SpokenAudio } from './speaker';
export { runProgram } from './run';
export type { RunOptions, RunProgram, RunResult } from './run';
export { findExecutable, findSpeechTools } from './tools';
export type { SpeechTools } from './tools';
