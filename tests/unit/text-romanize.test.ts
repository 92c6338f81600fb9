import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIKIPRON_HINDI_FILE } from '@/lib/datasets';
import { pronouncedSchwas, scoreSchwas } from '@/lib/evaluation';
import { romanizeHindi } from '@/lib/text';

describe('romanizeHindi', () => {
  it.each([
    ['कमरा', 'kamrā'],
    ['समझना', 'samajhnā'],
    ['सड़क', 'saṛak'],
    ['क़लम', 'qalam'],
    ['ख़बर', 'xabar'],
    ['ग़ज़ल', 'ġazal'],
    ['फ़िल्म', 'film'],
    ['पढ़ना', 'paṛhnā'],
    ['डॉक्टर', 'ḍôkṭar'],
    ['हिंदी', 'hindī'],
    ['संपादक', 'sampādak'],
    ['गंगा', 'gaṅgā'],
    ['मित्र', 'mitra'],
    ['राष्ट्रीय', 'rāṣṭrīya'],
    ['शब्द', 'śabd'],
    ['हूँ', 'hūm̐'],
    ['दुःख', 'duḥkh'],
    ['अफ़सरों', 'afsaroṁ'],
    ['अरबों', 'araboṁ'],
  ])('%s is %s', (hindi, latin) => {
    expect(romanizeHindi(hindi)).toBe(latin);
  });

  it('romanises each word of a sentence and keeps the rest', () => {
    expect(romanizeHindi('आप कैसे हैं।')).toBe('āp kaise haiṁ.');
    expect(romanizeHindi('safety (सेफ्टी)')).toBe('safety (sephṭī)');
  });
});

describe('schwas against WikiPron', () => {
  it('reads which inherent vowels a transcription pronounces', () => {
    expect(pronouncedSchwas('समझना', 's ə m ə d͡ʒʱ n ɑː')).toEqual([true, true, false]);
    expect(pronouncedSchwas('कमरा', 'k ə m ɾ ɑː')).toEqual([true, false]);
    expect(pronouncedSchwas('कमरा', 'k ə m')).toBeNull();
  });

  it('gets most words of the held-out fifth right', () => {
    const rows = readFileSync(WIKIPRON_HINDI_FILE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [word = '', ipa = ''] = line.split('\t');
        return { word, ipa };
      });
    const heldOut = rows.filter((_, index) => index % 5 === 0);
    const score = scoreSchwas(heldOut);
    expect(score.words).toBeGreaterThan(4500);
    expect(score.share).toBeGreaterThan(0.95);
  });
});
