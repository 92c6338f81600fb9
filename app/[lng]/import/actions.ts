'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { TextProblem } from '@/lib/align';
import { readExistingGlossary, savePassage } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n/settings';
import { maxTextLength, proposeImport, saveRequestSchema, type ImportProposal } from '@/lib/importer';

export type ProposeResult = { ok: true; proposal: ImportProposal } | { ok: false; errors: string[] };
export type SaveResult = { ok: true; slug: string } | { ok: false; errors: string[] };

function describeTextProblem(lng: Lng, problem: TextProblem): string {
  const t = getT(lng, 'import');
  if (problem.message.startsWith('is empty')) return t(`errors.empty_${problem.side}`);
  if (problem.message.includes('Devanagari')) return t('errors.noDevanagari');
  if (problem.message.includes('Latin')) return t('errors.noLatin');
  if (problem.message.includes('longer than')) {
    return t(`errors.tooLong_${problem.side}`, { max: maxTextLength.toLocaleString(lng === 'hi' ? 'hi-IN' : 'en') });
  }
  return problem.message;
}

const entryHeadwords = z.object({ entries: z.array(z.object({ headword: z.string() }).loose()) }).loose();

function headwordAt(input: unknown, index: number): string {
  const parsed = entryHeadwords.safeParse(input);
  return parsed.success ? (parsed.data.entries[index]?.headword ?? '') : '';
}

export async function proposeImportAction(
  lng: Lng,
  input: { hi: string; en: string; presplit: boolean },
): Promise<ProposeResult> {
  if (!isLng(lng)) return { ok: false, errors: ['unknown language'] };
  const texts = {
    hi: typeof input.hi === 'string' ? input.hi : '',
    en: typeof input.en === 'string' ? input.en : '',
    presplit: input.presplit === true,
  };
  const result = proposeImport(texts, await readExistingGlossary());
  if (!result.ok) return { ok: false, errors: result.problems.map((problem) => describeTextProblem(lng, problem)) };
  return result;
}

export async function saveImportAction(lng: Lng, input: unknown): Promise<SaveResult> {
  if (!isLng(lng)) return { ok: false, errors: ['unknown language'] };
  const t = getT(lng, 'import');
  const parsed = saveRequestSchema.safeParse(input);
  if (!parsed.success) {
    const messages = new Set(
      parsed.error.issues.map((issue) => {
        if (issue.message === 'slug') return t('errors.slug');
        if (issue.message === 'titles') return t('errors.titles');
        if (issue.path[0] === 'entries') return t('errors.entry', { headword: headwordAt(input, Number(issue.path[1])) });
        return t('errors.unexpected');
      }),
    );
    return { ok: false, errors: [...messages] };
  }
  const request = parsed.data;
  const result = await savePassage(
    {
      slug: request.slug,
      title: request.title,
      source: { name: request.source },
      translation: { by: request.translationBy },
      hi: request.hi,
      en: request.en,
      kinds: { hi: request.kinds.hi, en: request.kinds.en },
      links: request.links,
    },
    request.entries,
  );
  if (!result.ok) {
    if (result.reason === 'slug-taken') return { ok: false, errors: [t('errors.slugTaken')] };
    if (result.reason === 'entry-taken') return { ok: false, errors: [t('errors.entryTaken', { id: result.entryId ?? '' })] };
    const errors = result.problems.map(
      (problem) => `${t('errors.invalid')} ${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`,
    );
    return { ok: false, errors };
  }
  revalidatePath('/[lng]', 'layout');
  return { ok: true, slug: result.slug };
}
