import { z } from 'zod';

/** Every pair of the longest passage fits in one "reveal all". */
export const maxRevealsPerRequest = 2_000;

export const revealPassageSchema = z.object({
  source: z.enum(['library', 'teacher']),
  ref: z.string().min(1).max(200),
});

/** What the reader sends to record reveals: the passage and the keys of the pairs shown. */
export const revealRequestSchema = revealPassageSchema.extend({
  sentences: z.array(z.int().min(0)).min(1).max(maxRevealsPerRequest),
});
export type RevealRequest = z.infer<typeof revealRequestSchema>;
