import { alignWithEvidence } from './evidence';
import { alignWithGaleChurch } from './gale-church';
import type { AlignmentLink, AlignOptions } from './types';

/**
 * Aligns Hindi sentences with their English translation. Every sentence is in exactly one link,
 * links are in document order, and each has a confidence in [0, 1].
 */
export function alignSentences(
  hi: readonly string[],
  en: readonly string[],
  options: AlignOptions = {},
): AlignmentLink[] {
  return options.method === 'gale-church' ? alignWithGaleChurch(hi, en) : alignWithEvidence(hi, en);
}
