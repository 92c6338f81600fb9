'use server';

import { revalidatePath } from 'next/cache';
import type { TextProblem } from '@/lib/align';
import { getActor } from '@/lib/auth/server';
import { minutesToWait } from '@/lib/classroom';
import { readExistingGlossary } from '@/lib/content';
import { getDb } from '@/lib/db/server';
import { getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n';
import {
  checkImportTexts,
  maxTextLength,
  saveRequestSchema,
  type ProposeImportResult,
  type SaveImportResult,
} from '@/lib/importer';
import { proposeForTeacher, saveTeacherPassage } from '@/lib/passages';
import { describeOwnSaveRefusal, describeSaveIssue, describeTextProblem } from './describe-errors';

async function teacherContext() {
  const actor = await getActor();
  return actor?.role === 'teacher' ? { db: await getDb(), actor } : null;
}

export async function proposeImportAction(
  lng: Lng,
  input: { hi: string; en: string; presplit: boolean },
): Promise<ProposeImportResult> {
  if (!isLng(lng)) return { ok: false, errors: ['unknown language'] };
  const t = getT(lng, 'import');
  const context = await teacherContext();
  if (!context) return { ok: false, errors: [t('errors.signIn')] };
  const texts = {
    hi: typeof input.hi === 'string' ? input.hi : '',
    en: typeof input.en === 'string' ? input.en : '',
    presplit: input.presplit === true,
  };
  const describe = (problems: readonly TextProblem[]) =>
    problems.map((problem) => describeTextProblem(t, lng, problem, maxTextLength));
  // Refuse what cannot be aligned before the glossary is read, anything is split or the limit counts it.
  const problems = checkImportTexts(texts);
  if (problems.length > 0) return { ok: false, errors: describe(problems) };
  const outcome = await proposeForTeacher(context, texts, await readExistingGlossary());
  if (!outcome.ok) {
    const minutes = minutesToWait(outcome.retryAfterSeconds);
    return { ok: false, errors: [outcome.code === 'too-many-attempts' ? t('errors.tooManyProposals', { count: minutes }) : t('errors.signIn')] };
  }
  const result = outcome.value;
  if (!result.ok) return { ok: false, errors: describe(result.problems) };
  return result;
}

export async function saveImportAction(lng: Lng, input: unknown): Promise<SaveImportResult> {
  if (!isLng(lng)) return { ok: false, errors: ['unknown language'] };
  const t = getT(lng, 'import');
  const context = await teacherContext();
  if (!context) return { ok: false, errors: [t('errors.signIn')] };
  const parsed = saveRequestSchema.safeParse(input);
  if (!parsed.success) {
    const messages = new Set(parsed.error.issues.map((issue) => describeSaveIssue(t, lng, issue, input)));
    return { ok: false, errors: [...messages] };
  }
  const saved = await saveTeacherPassage(context, parsed.data);
  if (!saved.ok) return { ok: false, errors: describeOwnSaveRefusal(t, saved) };
  revalidatePath(`/${lng}/teach/passages`);
  return { ok: true, slug: saved.value.slug, href: `/${lng}/passages/${saved.value.id}` };
}
