// Speech on the server: eSpeak NG (GPL-3.0) is run as a program of its own, never linked or bundled.
// Routes need the process's speaker and the serving of one sentence; the parts (runner, tools,
// encoders, cache keys) stay inside, where their tests reach them by file.
import 'server-only';

export { getSpeaker, newSentencesPerAddress, serveSpokenSentence } from './server';
export type { ServedSpeech, SpeechAsk } from './server';
export type { SpeechRefusal, SpeechVoice, SpokenAudio } from './speaker';
