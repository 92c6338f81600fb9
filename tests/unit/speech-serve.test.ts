import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClassroomContext } from '@/lib/classroom';
import { loadPassage, type Passage } from '@/lib/content';
import { tables, type OpenDatabase } from '@/lib/db';
import { runProgram, type RunProgram } from '@/lib/speech/run';
import { serveSpokenSentence, type SpeechAsk } from '@/lib/speech/server';
import { createSpeaker, type Speaker } from '@/lib/speech/speaker';
import { findSpeechTools } from '@/lib/speech/tools';
import { databaseTargets } from '../support/databases';

const slug = 'anthropic-safeguards-head-resigns';
const rule = { limit: 2, windowMs: 60_000 };
const start = new Date('2026-03-10T09:30:00.000Z');

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`serving a sentence's audio on ${target.name}`, () => {
    let database: OpenDatabase;
    let passage: Passage;
    let cacheDir: string;
    let speaker: Speaker;
    let now = start;
    const started: string[] = [];
    const context = (): ClassroomContext => ({ db: database.db, actor: null, now: () => now });
    const ask = (link: string, address = 'school', holds: SpeechAsk['holds'] = () => false): SpeechAsk => ({
      key: { source: 'library', ref: slug },
      place: { link, side: 'hi', part: 0 },
      address,
      holds,
    });
    const links = () => passage.links.map((link) => link.id);

    beforeAll(async () => {
      database = await target.open();
      const loaded = await loadPassage(slug);
      if (!loaded) throw new Error('the seed passage is missing');
      passage = loaded;
    }, 60_000);
    afterAll(async () => database?.close());

    beforeEach(async () => {
      cacheDir = mkdtempSync(path.join(os.tmpdir(), 'sahpath-speech-serve-'));
      started.length = 0;
      const run: RunProgram = (program, args, options) => {
        started.push(path.basename(program));
        return runProgram(program, args, options);
      };
      speaker = createSpeaker({ tools: await findSpeechTools(), cacheDir, run });
      await database.db.delete(tables.rateLimit);
      now = start;
      return () => rmSync(cacheDir, { recursive: true, force: true });
    });

    it('counts new sentences per address, and past the limit says how long to wait', async () => {
      const [first, second, third] = links();
      if (!first || !second || !third) throw new Error('the seed passage has too few links');
      expect((await serveSpokenSentence(context(), speaker, ask(first), rule)).ok).toBe(true);
      expect((await serveSpokenSentence(context(), speaker, ask(second), rule)).ok).toBe(true);
      const madeSoFar = started.length;
      now = new Date(start.getTime() + 20_000);
      expect(await serveSpokenSentence(context(), speaker, ask(third), rule)).toEqual({ ok: false, code: 'too-many-requests', retryAfterMs: 40_000 });
      expect(started).toHaveLength(madeSoFar);
      // Another address has a count of its own.
      expect((await serveSpokenSentence(context(), speaker, ask(third, 'home'), rule)).ok).toBe(true);
      // A minute on, the school's window opens again.
      now = new Date(start.getTime() + 61_000);
      expect((await serveSpokenSentence(context(), speaker, ask(links()[3] ?? '', 'school'), rule)).ok).toBe(true);
    });

    it('serves audio already kept without counting it, even past the limit', async () => {
      const [first, second, third] = links();
      if (!first || !second || !third) throw new Error('the seed passage has too few links');
      const made = await serveSpokenSentence(context(), speaker, ask(first), rule);
      await serveSpokenSentence(context(), speaker, ask(second), rule);
      expect((await serveSpokenSentence(context(), speaker, ask(third), rule)).ok).toBe(false);
      const madeSoFar = started.length;
      const again = await serveSpokenSentence(context(), speaker, ask(first), rule);
      expect(again).toEqual(made);
      expect(again.ok && again.kind).toBe('audio');
      expect(started).toHaveLength(madeSoFar);
    });

    it('answers an asker who holds the audio already before making or reading anything', async () => {
      const [first] = links();
      if (!first) throw new Error('the seed passage has no links');
      const held: string[] = [];
      const outcome = await serveSpokenSentence(context(), speaker, ask(first, 'school', (key) => held.push(key) > 0), rule);
      expect(outcome).toEqual({ ok: true, kind: 'held', audioKey: held[0], voice: 'hi' });
      expect(held[0]).toMatch(/^[0-9a-f]{64}$/);
      expect(started).toEqual([]);
      expect(await database.db.select().from(tables.rateLimit)).toEqual([]);
    });

    it('refuses a sentence the asker may not hear, or that is not there, without counting it', async () => {
      const hidden = await serveSpokenSentence(
        context(),
        speaker,
        { ...ask('1'), key: { source: 'teacher', ref: 'AAAAAAAAAAAAAAAA' }, holds: () => true },
        rule,
      );
      expect(hidden).toEqual({ ok: false, code: 'not-found' });
      expect(await serveSpokenSentence(context(), speaker, { ...ask('1'), place: { link: '1', side: 'hi', part: 99 } }, rule)).toEqual({
        ok: false,
        code: 'not-found',
      });
      expect(started).toEqual([]);
      expect(await database.db.select().from(tables.rateLimit)).toEqual([]);
    });
  });
}
