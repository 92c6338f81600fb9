import { describe, expect, it } from 'vitest';
import { isHeldOut, pronouncedSchwas, readWikipronHindi, scoreSchwas } from '@/lib/evaluation';
import { romanizeHindi } from '@/lib/text';
import { hindiLexicon } from '@/lib/text/hindi-lexicon';
import shippedLexicon from '@/lib/text/schwa-lexicon.json';

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
    ['ड़', 'ṛa'],
    ['बढ़ना', 'baṛhnā'],
    ['ज़्यादा', 'zyādā'],
    ['ख़ुद', 'xud'],
    ['ऑफ़िस', 'ôfis'],
    ['कॉलेज', 'kôlej'],
    ['\u0915\u093C\u0932\u092E', 'qalam'],
    ['\u0958\u0932\u092E', 'qalam'],
    ['अंक', 'aṅk'],
    ['पंजाब', 'pañjāb'],
    ['ठंडा', 'ṭhaṇḍā'],
    ['संसार', 'saṁsār'],
    ['माँ', 'mām̐'],
    ['कहाँ', 'kahām̐'],
    ['अतः', 'ataḥ'],
  ])('%s is %s', (hindi, latin) => {
    expect(romanizeHindi(hindi)).toBe(latin);
  });

  it.each([
    ['जगमगाना', 'jagmagānā', 'a reduplicated syllable is said as a word'],
    ['खटखटाना', 'khaṭkhaṭānā', 'a reduplicated syllable is said as a word'],
    ['लड़खड़ाना', 'laṛkhaṛānā', 'an echo with another first consonant'],
    ['उसको', 'usko', 'को written onto a pronoun'],
    ['आपको', 'āpko', 'को written onto a pronoun'],
    ['अपमानजनक', 'apmānjanak', 'the suffix -जनक'],
    ['ख़तरनाक', 'xatarnāk', 'the Persian suffix -नाक'],
    ['अर्धसरकारी', 'ardhsarkārī', 'the prefix अर्ध-'],
    ['बदनाम', 'badnām', 'the Persian prefix बद-'],
    ['नगर', 'nagar', 'a suffix alone is a word'],
    ['बदलना', 'badalnā', 'a prefix leaves more than a verb ending'],
    ['गवर्नमेंट', 'gavarnmeṇṭ', 'the English -ment'],
    ['मेकअप', 'mekap', 'the English "up"'],
  ])('%s is %s: %s', (hindi, latin) => {
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

  const rows = readWikipronHindi();
  const heldOut = rows.filter(isHeldOut);

  it('gets most words of the held-out fifth right by the rules alone', () => {
    const score = scoreSchwas(heldOut);
    expect(score.words).toBeGreaterThan(4500);
    expect(score.share).toBeGreaterThan(0.95);
  });

  it('gets at least 97% of the held-out fifth right with the shipped lexicon', () => {
    const score = scoreSchwas(heldOut, hindiLexicon());
    expect(score.words).toBeGreaterThan(4500);
    expect(score.share).toBeGreaterThanOrEqual(0.97);
  });

  it('ships a lexicon of tuning words only: none spelled on held-out lines alone', () => {
    const tuningWords = new Set(rows.filter((row) => !isHeldOut(row)).map((row) => row.word));
    const words = Object.keys(shippedLexicon.words);
    expect(words.length).toBeGreaterThan(15_000);
    expect(words.filter((word) => !tuningWords.has(word))).toEqual([]);
  });
});

describe('romanizeHindi with the shipped lexicon', () => {
  it.each([
    ['कमरों', 'kamroṁ', 'an ā-stem plural, said as कमरा kamrā'],
    ['अरबों', 'araboṁ', 'a consonant stem keeps its vowels, as अरब arab'],
    ['समझना', 'samajhnā', 'a word the rules already say right'],
    ['वाष्पीकरण', 'vāṣpīkaraṇ', 'the learned -करण'],
  ])('%s is %s: %s', (hindi, latin) => {
    expect(romanizeHindi(hindi, hindiLexicon())).toBe(latin);
  });
});
