import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { chooseEncoder, contentTypes, fileExtensions, type Encoder, type SpeechEncoding } from './encoders';
import { runProgram, type RunProgram } from './run';
import { isMissingFileError, type SpeechTools } from './tools';

export type SpeechVoice = 'hi' | 'en';

/** eSpeak NG's voice for each language, and the words per minute it speaks at (its default is 175: fast for learners). */
export const espeakVoices: Record<SpeechVoice, { voice: string; wordsPerMinute: number }> = {
  hi: { voice: 'hi', wordsPerMinute: 150 },
  en: { voice: 'en-us', wordsPerMinute: 160 },
};

/** The longest text spoken at once: a long sentence is about 300 characters; this keeps one request's work bounded. */
export const speechTextLimit = 600;

export type SpeechRefusal =
  | { ok: false; code: 'not-installed' }
  | { ok: false; code: 'empty' }
  | { ok: false; code: 'too-long'; length: number; limit: number }
  | { ok: false; code: 'failed'; reason: string }
  | { ok: false; code: 'busy' };

export interface SpokenAudio {
  ok: true;
  /** The cached file holding the audio. */
  file: string;
  encoding: SpeechEncoding;
  contentType: string;
  bytes: number;
  /** Names the audio's content: the same voice, speed and text give the same key. */
  key: string;
}

export type SpeechOutcome = SpokenAudio | SpeechRefusal;

export interface SpeakerOptions {
  tools: SpeechTools;
  /** Where audio is kept once made; created when first needed. */
  cacheDir: string;
  run?: RunProgram;
  /** How long one program may take before it is killed. */
  timeoutMs?: number;
  /** How many sentences are made at once; more wait their turn, so a burst cannot take every core. */
  concurrency?: number;
  /** How many more sentences may wait their turn; past that a request is told the voice is busy. */
  maxWaiting?: number;
}

export interface Speaker {
  /** Whether the server can speak at all (eSpeak NG is installed). */
  readonly available: boolean;
  readonly encoding: SpeechEncoding;
  /** What the audio of a text would be named and kept as, without making it; or why it cannot be spoken. */
  prepare(request: SpeechRequest): PreparedSpeech | SpeechRefusal;
  /** The audio already kept for a text, or null: reading it costs a file, never a program. */
  findKept(request: SpeechRequest): Promise<SpokenAudio | null>;
  speak(request: SpeechRequest): Promise<SpeechOutcome>;
}

export interface SpeechRequest {
  voice: SpeechVoice;
  text: string;
}

/** A text ready to be spoken: its key names its audio (the ETag), its file is where that audio is kept. */
export interface PreparedSpeech {
  ok: true;
  key: string;
  file: string;
  text: string;
}

/** The text as it is spoken and keyed: one Unicode form, runs of white space as one space. */
export function normalizeSpokenText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function speechCacheKey(input: { engine: string; voice: string; wordsPerMinute: number; encoding: SpeechEncoding; text: string }): string {
  return createHash('sha256').update(JSON.stringify([input.engine, input.voice, input.wordsPerMinute, input.encoding, input.text])).digest('hex');
}

/** A counter of free places: `acquire` waits while all are taken. */
function createLimiter(places: number) {
  let free = places;
  const waiting: (() => void)[] = [];
  return {
    async acquire(): Promise<void> {
      if (free > 0) {
        free -= 1;
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    release(): void {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if (isMissingFileError(error)) return null;
    throw error;
  }
}

function describeFailure(program: string, result: Awaited<ReturnType<RunProgram>>): string | null {
  const name = path.basename(program);
  if (result.timedOut) return `${name} took too long`;
  if (result.exitCode !== 0) return `${name} ended with ${result.signal ?? `exit code ${result.exitCode}`}${result.stderr ? `: ${result.stderr}` : ''}`;
  return null;
}

/**
 * Speaks text with eSpeak NG, run as a program of its own, and keeps the audio on disk: the first
 * request for a text makes it, later ones (and any asking meanwhile) get the same file.
 */
export function createSpeaker({ tools, cacheDir, run = runProgram, timeoutMs = 15_000, concurrency = 2, maxWaiting = 16 }: SpeakerOptions): Speaker {
  const encoder: Encoder = chooseEncoder(tools);
  const limiter = createLimiter(concurrency);
  const making = new Map<string, Promise<SpeechOutcome>>();

  const make = async (espeak: string, voice: SpeechVoice, text: string, key: string, file: string): Promise<SpeechOutcome> => {
    await limiter.acquire();
    // Work files have names of their own, and the audio appears under its key only once whole.
    const work = path.join(/*turbopackIgnore: true*/ cacheDir, `.work-${randomUUID()}`);
    const wav = `${work}.wav`;
    const encoded = `${work}.${fileExtensions[encoder.encoding]}`;
    try {
      await mkdir(cacheDir, { recursive: true });
      const { voice: espeakVoice, wordsPerMinute } = espeakVoices[voice];
      const spoken = await run(espeak, ['-v', espeakVoice, '-s', String(wordsPerMinute), '-w', wav, '--stdin'], { stdin: text, timeoutMs });
      const speakFailure = describeFailure(espeak, spoken);
      if (speakFailure) return { ok: false, code: 'failed', reason: speakFailure };
      if (encoder.encoding !== 'wav') {
        const encodedResult = await run(encoder.program, encoder.args(wav, encoded), { timeoutMs });
        const encodeFailure = describeFailure(encoder.program, encodedResult);
        if (encodeFailure) return { ok: false, code: 'failed', reason: encodeFailure };
      }
      const made = encoder.encoding === 'wav' ? wav : encoded;
      const bytes = await sizeOf(made);
      if (!bytes) return { ok: false, code: 'failed', reason: `${path.basename(espeak)} wrote no audio` };
      await rename(made, file);
      return { ok: true, file, encoding: encoder.encoding, contentType: contentTypes[encoder.encoding], bytes, key };
    } catch (error) {
      // The program was there when the server started and is gone now: it was uninstalled.
      if (isMissingFileError(error) && (error as NodeJS.ErrnoException).syscall?.startsWith('spawn')) return { ok: false, code: 'not-installed' };
      throw error;
    } finally {
      await Promise.all([rm(wav, { force: true }), rm(encoded, { force: true })]);
      limiter.release();
    }
  };

  const prepare = ({ voice, text }: SpeechRequest): PreparedSpeech | SpeechRefusal => {
    if (!tools.espeak) return { ok: false, code: 'not-installed' };
    const spokenText = normalizeSpokenText(text);
    if (!spokenText) return { ok: false, code: 'empty' };
    const length = [...spokenText].length;
    if (length > speechTextLimit) return { ok: false, code: 'too-long', length, limit: speechTextLimit };
    const { voice: espeakVoice, wordsPerMinute } = espeakVoices[voice];
    const key = speechCacheKey({ engine: 'espeak-ng', voice: espeakVoice, wordsPerMinute, encoding: encoder.encoding, text: spokenText });
    // The cache folder is chosen at run time: nothing in it belongs in the build's file trace.
    const file = path.join(/*turbopackIgnore: true*/ cacheDir, `${key}.${fileExtensions[encoder.encoding]}`);
    return { ok: true, key, file, text: spokenText };
  };

  const kept = async ({ key, file }: PreparedSpeech): Promise<SpokenAudio | null> => {
    const bytes = await sizeOf(file);
    return bytes ? { ok: true, file, encoding: encoder.encoding, contentType: contentTypes[encoder.encoding], bytes, key } : null;
  };

  return {
    available: tools.espeak !== null,
    encoding: encoder.encoding,
    prepare,
    async findKept(request) {
      const prepared = prepare(request);
      return prepared.ok ? kept(prepared) : null;
    },
    async speak(request) {
      const espeak = tools.espeak;
      if (!espeak) return { ok: false, code: 'not-installed' };
      const prepared = prepare(request);
      if (!prepared.ok) return prepared;
      const cached = await kept(prepared);
      if (cached) return cached;
      const { key, file, text } = prepared;
      const pending = making.get(key);
      if (pending) return pending;
      if (making.size >= concurrency + maxWaiting) return { ok: false, code: 'busy' };
      const made = make(espeak, request.voice, text, key, file).finally(() => making.delete(key));
      making.set(key, made);
      return made;
    },
  };
}
