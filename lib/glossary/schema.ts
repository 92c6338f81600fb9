import { z } from 'zod';

export const origins = ['en', 'fa', 'ar', 'pt', 'tr'] as const;
export type Origin = (typeof origins)[number];

export const partsOfSpeech = [
  'noun',
  'proper-noun',
  'verb',
  'adjective',
  'adverb',
  'phrase',
] as const;

const devanagariText = z
  .string()
  .trim()
  .min(1)
  .regex(/[\u0900-\u097F]/, 'must be written in Devanagari');

export const glossaryEntrySchema = z
  .object({
    headword: devanagariText,
    forms: z.array(devanagariText).min(1),
    romanization: z.string().trim().min(1),
    origin: z.enum(origins),
    source: z.string().trim().min(1),
    english: z
      .array(z.string().trim().regex(/[\p{L}\p{N}]/u, 'must contain a word to match'))
      .min(1, 'must list at least one English word the entry renders, for the reader to light up'),
    pos: z.enum(partsOfSpeech),
    gender: z.enum(['m', 'f']).optional(),
    meaning: z.string().trim().min(1),
    native: z.string().trim().min(1).optional(),
    usage: z.string().trim().min(1).optional(),
    related: z.array(z.string()).default([]),
    /** Forms this entry shares with other entries and stands for where neither the English nor the passage decides. */
    defaultFor: z.array(devanagariText).optional(),
    reviewed: z.boolean().default(true),
  })
  .strict()
  .refine((entry) => entry.forms.includes(entry.headword), {
    message: 'forms must include the headword',
    path: ['forms'],
  })
  .refine((entry) => (entry.defaultFor ?? []).every((form) => entry.forms.includes(form)), {
    message: 'defaultFor may name only forms of this entry',
    path: ['defaultFor'],
  })
  .refine((entry) => entry.pos !== 'noun' || entry.gender !== undefined, {
    message: 'a noun needs a grammatical gender (m or f)',
    path: ['gender'],
  });

export type GlossaryEntryData = z.infer<typeof glossaryEntrySchema>;

/** A validated entry; `id` is the file name without `.yaml`. */
export interface GlossaryEntry extends GlossaryEntryData {
  id: string;
}
