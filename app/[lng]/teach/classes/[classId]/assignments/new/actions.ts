'use server';

import { redirect } from 'next/navigation';
import type { NewAssignmentFormState } from '@/components/assignments/new-assignment-form';
import { getActor } from '@/lib/auth/server';
import { maxInstructionsLength } from '@/lib/classroom';
import { createAssignment, maxTitleLength } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { getT } from '@/lib/i18n/server';
import { formLng, formText } from '@/app/[lng]/form-fields';

/** A datetime-local value read in the teacher's time zone (minutes west of UTC, as the browser counts). */
function readDue(value: string, offsetMinutes: number): Date | null | 'invalid' {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return 'invalid';
  const asUtc = new Date(`${value.length === 16 ? `${value}:00` : value}Z`);
  if (Number.isNaN(asUtc.getTime())) return 'invalid';
  const offset = Number.isFinite(offsetMinutes) && Math.abs(offsetMinutes) <= 14 * 60 ? offsetMinutes : 0;
  return new Date(asUtc.getTime() + offset * 60_000);
}

const messageKeys: Record<string, string> = {
  title: 'new.errors.title',
  instructions: 'new.errors.instructions',
  firstSentence: 'new.errors.range',
  lastSentence: 'new.errors.range',
  tasks: 'new.errors.noTask',
  'tasks.translate': 'new.errors.translateOutside',
  dueAt: 'new.errors.due',
};

export async function createAssignmentAction(_previous: NewAssignmentFormState, form: FormData): Promise<NewAssignmentFormState> {
  const lng = formLng(form);
  const t = getT(lng, 'assignments');
  const actor = await getActor();
  if (actor?.role !== 'teacher') return { errors: [t('new.errors.signedOut')] };
  const classId = formText(form, 'classId');
  const [source, ...rest] = formText(form, 'passage').split(':');
  const due = readDue(formText(form, 'dueAt'), Number(formText(form, 'timezoneOffset')));
  if (due === 'invalid') return { errors: [t('new.errors.due')] };
  const translate = form.getAll('translate').map((value) => Number(value)).filter((value) => Number.isInteger(value));
  const outcome = await createAssignment(
    { db: await getDb(), actor },
    {
      classId,
      passageSource: source,
      passageRef: rest.join(':'),
      title: formText(form, 'title'),
      firstSentence: Number(formText(form, 'firstSentence')) - 1,
      lastSentence: Number(formText(form, 'lastSentence')) - 1,
      instructions: formText(form, 'instructions'),
      dueAt: due,
      tasks: {
        read: form.has('read'),
        quiz: form.has('quiz'),
        translate: translate.length ? { direction: formText(form, 'direction') === 'en-hi' ? 'en-hi' : 'hi-en', sentences: translate } : null,
      },
    },
  );
  if (!outcome.ok) {
    if (outcome.code === 'not-found') return { errors: [t('new.errors.notFound')] };
    if (outcome.code === 'archived') return { errors: [t('new.errors.archived')] };
    if (outcome.code === 'not-signed-in') return { errors: [t('new.errors.signedOut')] };
    const keys = [...new Set((outcome.fields ?? ['form']).map((field) => messageKeys[field] ?? 'new.errors.invalid'))];
    return { errors: keys.map((key) => t(key, { maxTitle: maxTitleLength, maxInstructions: maxInstructionsLength })) };
  }
  redirect(`/${lng}/teach/assignments/${outcome.value.id}`);
}
