import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runProgram, type RunProgram } from '@/lib/speech/run';
import { createSpeaker, speechTextLimit } from '@/lib/speech/speaker';
import { findSpeechTools, type SpeechTools } from '@/lib/speech/tools';

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'sahpath-speech-'));
});
afterEach(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The real runner, counting the programs it starts. */
function countingRunner(): { run: RunProgram; started: string[] } {
  const started: string[] = [];
  const run: RunProgram = (program, args, options) => {
    started.push(path.basename(program));
    return runProgram(program, args, options);
  };
  return { run, started };
}

const sentence = 'सेफगार्ड्स टीम के प्रमुख ने इस्तीफा दिया।';

describe('the server voice', () => {
  it('finds eSpeak NG here (the suite installs it)', async () => {
    const tools = await findSpeechTools();
    expect(tools.espeak).toMatch(/espeak-ng$/);
  });

  it('makes audio on the first request and reuses the file on the second, starting no program again', async () => {
    const tools = await findSpeechTools();
    const { run, started } = countingRunner();
    const speaker = createSpeaker({ tools, cacheDir, run });
    const first = await speaker.speak({ voice: 'hi', text: sentence });
    expect(first.ok).toBe(true);
    const startedForFirst = started.length;
    expect(started[0]).toBe('espeak-ng');
    const second = await speaker.speak({ voice: 'hi', text: `  ${sentence}\n` });
    expect(started).toHaveLength(startedForFirst);
    expect(second).toEqual(first);
    if (!first.ok) throw new Error('unreachable');
    expect(first.bytes).toBeGreaterThan(500);
    expect(readFileSync(first.file).byteLength).toBe(first.bytes);
    // Only the finished file stays: no work files are left behind.
    expect(readdirSync(cacheDir)).toEqual([path.basename(first.file)]);
  });

  it('names the audio of a text before making it, and finds it kept only once made', async () => {
    const { run, started } = countingRunner();
    const speaker = createSpeaker({ tools: await findSpeechTools(), cacheDir, run });
    const prepared = speaker.prepare({ voice: 'hi', text: sentence });
    expect(await speaker.findKept({ voice: 'hi', text: sentence })).toBeNull();
    expect(started).toEqual([]);
    const made = await speaker.speak({ voice: 'hi', text: sentence });
    expect(prepared.ok && made.ok && prepared.key === made.key).toBe(true);
    expect(await speaker.findKept({ voice: 'hi', text: ` ${sentence} ` })).toEqual(made);
    expect(speaker.prepare({ voice: 'hi', text: ' ' })).toEqual({ ok: false, code: 'empty' });
  });

  it('makes a text asked for twice at once only once', async () => {
    const { run, started } = countingRunner();
    const speaker = createSpeaker({ tools: await findSpeechTools(), cacheDir, run });
    const [one, two] = await Promise.all([speaker.speak({ voice: 'en', text: 'Hello there.' }), speaker.speak({ voice: 'en', text: 'Hello there.' })]);
    expect(one).toEqual(two);
    expect(started.filter((name) => name === 'espeak-ng')).toHaveLength(1);
  });

  it('tells a request past the waiting sentences that the voice is busy, and makes the rest', async () => {
    const speaker = createSpeaker({ tools: await findSpeechTools(), cacheDir, concurrency: 1, maxWaiting: 1 });
    const outcomes = await Promise.all(['One.', 'Two.', 'Three.'].map((text) => speaker.speak({ voice: 'en', text })));
    // Which of the three comes last depends on the file system's answers; that one is refused.
    expect(outcomes.map((outcome) => (outcome.ok ? 'made' : outcome.code)).sort()).toEqual(['busy', 'made', 'made']);
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });

  it('keeps a voice apart from another: the same letters in Hindi and English are two files', async () => {
    const speaker = createSpeaker({ tools: await findSpeechTools(), cacheDir });
    const hindi = await speaker.speak({ voice: 'hi', text: 'AI' });
    const english = await speaker.speak({ voice: 'en', text: 'AI' });
    expect(hindi.ok && english.ok && hindi.key !== english.key).toBe(true);
  });

  it('stores WAV with the right header when no encoder is installed', async () => {
    const tools: SpeechTools = { ...(await findSpeechTools()), opusenc: null, lame: null, ffmpeg: null };
    const speaker = createSpeaker({ tools, cacheDir });
    const outcome = await speaker.speak({ voice: 'hi', text: 'नमस्ते' });
    expect(outcome.ok && outcome.contentType).toBe('audio/wav');
    if (!outcome.ok) throw new Error('unreachable');
    expect(readFileSync(outcome.file).subarray(0, 4).toString('latin1')).toBe('RIFF');
  });

  it('says eSpeak NG is not installed when its path names no program', async () => {
    const tools = await findSpeechTools({ ...process.env, SAHPATH_ESPEAK_PATH: path.join(cacheDir, 'no-such-espeak-ng') });
    expect(tools.espeak).toBeNull();
    const { run, started } = countingRunner();
    const speaker = createSpeaker({ tools, cacheDir, run });
    expect(speaker.available).toBe(false);
    expect(await speaker.speak({ voice: 'hi', text: sentence })).toEqual({ ok: false, code: 'not-installed' });
    expect(started).toEqual([]);
  });

  it('says not installed when the program is gone by the time it is run', async () => {
    const tools: SpeechTools = { ...(await findSpeechTools()), espeak: path.join(cacheDir, 'removed-espeak-ng') };
    const speaker = createSpeaker({ tools, cacheDir });
    expect(await speaker.speak({ voice: 'hi', text: sentence })).toEqual({ ok: false, code: 'not-installed' });
  });

  it('refuses text longer than the limit, and empty text, before starting anything', async () => {
    const { run, started } = countingRunner();
    const speaker = createSpeaker({ tools: await findSpeechTools(), cacheDir, run });
    const long = 'क'.repeat(speechTextLimit + 1);
    expect(await speaker.speak({ voice: 'hi', text: long })).toEqual({ ok: false, code: 'too-long', length: speechTextLimit + 1, limit: speechTextLimit });
    expect(await speaker.speak({ voice: 'hi', text: ' \n ' })).toEqual({ ok: false, code: 'empty' });
    expect(started).toEqual([]);
  });

  it('passes text that looks like options to eSpeak NG as text, never as arguments', async () => {
    const calls: string[][] = [];
    const run: RunProgram = (program, args, options) => {
      calls.push([...args]);
      return runProgram(program, args, options);
    };
    const speaker = createSpeaker({ tools: await findSpeechTools(), cacheDir, run });
    const outcome = await speaker.speak({ voice: 'en', text: '--help; rm -rf /' });
    expect(outcome.ok).toBe(true);
    expect(calls.flat()).not.toContain('--help; rm -rf /');
  });

  it('reports a program that fails, with what it said', async () => {
    const tools: SpeechTools = { ...(await findSpeechTools()), espeak: '/bin/false' };
    const speaker = createSpeaker({ tools, cacheDir });
    const outcome = await speaker.speak({ voice: 'hi', text: sentence });
    expect(outcome).toEqual({ ok: false, code: 'failed', reason: 'false ended with exit code 1' });
  });
});
