import { z } from 'zod';
import { glossaryEntrySchema } from '@/lib/glossary/schema';
import { maxTextLength } from './propose';

const sentence = z.object({ text: z.string().trim().min(1).max(maxTextLength), paragraph: z.int().nonnegative() });
const kinds = z.record(z.string().regex(/^\d+$/), z.enum(['text', 'heading', 'item', 'quote']));
const indices = z.array(z.int().nonnegative());

/** What the browser sends to save an import; everything is checked again on the server. */
export const saveRequestSchema = z.object({
  slug: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug'),
  title: z.object({ hi: z.string().trim().min(1, 'titles'), en: z.string().trim().min(1, 'titles') }),
  source: z.string().trim().min(1).max(200),
  translationBy: z.string().trim().min(1).max(200),
  hi: z.array(sentence).min(1),
  en: z.array(sentence).min(1),
  kinds: z.object({ hi: kinds, en: kinds }),
  links: z.array(z.object({ hi: indices, en: indices })).min(1),
  entries: z.array(glossaryEntrySchema.and(z.object({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/) }))),
});

export type SaveRequest = z.infer<typeof saveRequestSchema>;
