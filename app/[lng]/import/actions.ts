'use server';

import { revalidatePath } from 'next/cache';
import type { TextProblem } from '@/lib/align';
import { readExistingGlossary, savePassage } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n';
import {
  checkImportTexts,
  isPlaceholderMeaning,
  maxTextLength,
  proposeImport,
  saveRequestSchema,
  type ProposeImportResult,
  type SaveImportResult,
} from '@/lib/importer';
import { describeSaveIssue, describeSaveRefusal, describeTextProblem } from './describe-errors';

export async function proposeImportAction(
  lng: Lng,
  input: { hi: string; en: string; presplit: boolean },
): Promise<ProposeImportResult> {
  if (!isLng(lng)) return { ok: false, errors: ['unknown language'] };
  const t = getT(lng, 'import');
  const texts = {
    hi: typeof input.hi === 'string' ? input.hi : '',
    en: typeof input.en === 'string' ? input.en : '',
    presplit: input.presplit === true,
  };
  const describe = (problems: readonly TextProblem[]) =>
    problems.map((problem) => describeTextProblem(t, lng, problem, maxTextLength));
  // Refuse what cannot be aligned before the glossary is read or anything is split.
  const problems = checkImportTexts(texts);
  if (problems.length > 0) return { ok: false, errors: describe(problems) };
  const result = proposeImport(texts, await readExistingGlossary());
  if (!result.ok) return { ok: false, errors: describe(result.problems) };
  return result;
}

export async function saveImportAction(lng: Lng, input: unknown): Promise<SaveImportResult> {
  if (!isLng(lng)) return { ok: false, errors: ['unknown language'] };
  const t = getT(lng, 'import');
  const parsed = saveRequestSchema.safeParse(input);
  if (!parsed.success) {
    const messages = new Set(parsed.error.issues.map((issue) => describeSaveIssue(t, lng, issue, input)));
    return { ok: false, errors: [...messages] };
  }
  const request = parsed.data;
  // Whether a person has reviewed an entry is decided here, not taken from the browser: a meaning
  // that is still the proposal's placeholder has not been written by anyone.
  const entries = request.entries.map((entry) => ({ ...entry, reviewed: !isPlaceholderMeaning(entry.meaning) }));
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
    entries,
  );
  if (!result.ok) return { ok: false, errors: describeSaveRefusal(t, result) };
  revalidatePath('/[lng]', 'layout');
  return { ok: true, slug: result.slug };
}
