import { describe, expect, it } from 'vitest';
import type { AlignmentLink } from '@/lib/align';
import { alignWithEvidence, DEFAULT_EVIDENCE_PARAMS } from '@/lib/align/evidence';
import { collectEvidence } from '@/lib/align/features';
import { countOrphanNumbers } from '@/lib/align/orphans';
import { describeLinks, readNtrexDocuments } from './align-fixture';

/** Numbers the other side lacks, per sentence, read back from the prefix sums. */
function perSentence(sums: Float64Array): number[] {
  return Array.from({ length: sums.length - 1 }, (_, index) => (sums[index + 1] as number) - (sums[index] as number));
}

const diagonal = (hiSentence: number): number => hiSentence;

function countOrphans(hi: readonly string[], en: readonly string[]) {
  return countOrphanNumbers(collectEvidence(hi, en), diagonal, 6);
}

describe('numbers one side lacks', () => {
  it('counts a number in digits that the other side shows nowhere near', () => {
    const orphans = countOrphans(
      ['मैच 2 घंटे चला।', 'उसने 70 प्रतिशत वोट पाए।'],
      ['The match lasted 2 hours.', 'She won most of the vote.'],
    );
    expect(perSentence(orphans.hi)).toEqual([0, 1]);
    expect(perSentence(orphans.en)).toEqual([0, 0]);
  });

  it('reads Devanagari digits, separators and number words on the other side', () => {
    const orphans = countOrphans(['१,५०० लोग आए।', 'तीन दिन बाद।'], ['1500 people came.', 'Three days later, 3 more.']);
    expect(perSentence(orphans.hi)).toEqual([0, 0]);
    expect(perSentence(orphans.en)).toEqual([0, 0]);
  });

  it('does not count a match too far from where the translation is expected', () => {
    const filler = Array.from({ length: 10 }, () => 'ठीक है।');
    const fillerEnglish = Array.from({ length: 10 }, () => 'Fine.');
    const hi = ['साल 1994 में।', ...filler];
    const en = [...fillerEnglish, 'In 1994.'];
    const orphans = countOrphans(hi, en);
    expect(perSentence(orphans.hi)[0]).toBe(1);
    expect(perSentence(orphans.en)[10]).toBe(1);
  });

  it('makes the aligner sure to drop a headline whose score the other side lacks', () => {
    const document = readNtrexDocuments().find((candidate) => candidate.name === 'bbc.381746');
    if (document === undefined) throw new Error('NTREX document bbc.381746 is missing');
    // The English headline ("… 1-0 win over Rangers") is deleted; the Hindi one keeps "1-0".
    const english = document.en.slice(1);
    const links = alignWithEvidence(document.hi, english);
    expect(describeLinks(links.slice(0, 2))).toEqual(['0:', '1:0']);
    // Without the number the drop is a guess: the headline might as well join the next sentence.
    const withoutNumbers = alignWithEvidence(document.hi, english, { ...DEFAULT_EVIDENCE_PARAMS, orphanNumberPenalty: 0 });
    expect((links[0] as AlignmentLink).score).toBeGreaterThan(0.95);
    expect((withoutNumbers[0] as AlignmentLink).score).toBeLessThan(0.7);
  });
});
