'use server';

import { redirect } from 'next/navigation';
import { feedbackFieldPrefix } from '@/components/review/feedback-field';
import type { FeedbackFormState } from '@/components/review/feedback-form';
import { maxAnswerLength } from '@/lib/classroom';
import { reopenSubmission, setFeedback } from '@/lib/classroom/server';
import { intlLocales, isLng, type Lng } from '@/lib/i18n';
import { getT } from '@/lib/i18n/server';
import { classroomContext } from '@/app/classroom-context';

function feedbackOfForm(form: FormData): Record<string, string> {
  const feedback: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith(feedbackFieldPrefix) && typeof value === 'string') feedback[name.slice(feedbackFieldPrefix.length)] = value;
  }
  return feedback;
}

function describeField(lng: Lng, key: string, rowKeys: string[]): string {
  const t = getT(lng, 'review');
  return key === 'general' ? t('feedback.general') : t('feedback.row', { number: rowKeys.indexOf(key) + 1 });
}

export async function saveFeedbackAction(
  language: string,
  assignmentId: string,
  studentId: string,
  previous: FeedbackFormState,
  form: FormData,
): Promise<FeedbackFormState> {
  const lng: Lng = isLng(language) ? language : 'en';
  const t = getT(lng, 'review');
  const values = feedbackOfForm(form);
  const rowKeys = Object.keys(values).filter((key) => key !== 'general');
  const outcome = await setFeedback(await classroomContext(), assignmentId, studentId, values);
  const revision = previous.revision + 1;
  if (outcome.ok) return { saved: true, errors: [], invalid: [], values, revision };
  const invalid = outcome.fields ?? [];
  let errors: string[];
  if (outcome.code === 'invalid-input') {
    errors = invalid.map((key) =>
      (values[key]?.length ?? 0) > maxAnswerLength
        ? t('feedback.tooLong', {
            field: describeField(lng, key, rowKeys),
            max: maxAnswerLength.toLocaleString(intlLocales[lng]),
            length: (values[key]?.length ?? 0).toLocaleString(intlLocales[lng]),
          })
        : t('feedback.outsideRange'),
    );
  } else {
    errors = [t('feedback.notFound')];
  }
  return { saved: false, errors: [...new Set(errors)], invalid, values, revision };
}

export async function reopenAction(language: string, assignmentId: string, studentId: string): Promise<void> {
  const lng: Lng = isLng(language) ? language : 'en';
  const outcome = await reopenSubmission(await classroomContext(), assignmentId, studentId);
  const page = `/${lng}/teach/assignments/${encodeURIComponent(assignmentId)}/students/${encodeURIComponent(studentId)}`;
  redirect(`${page}?notice=${outcome.ok ? 'reopened' : 'not-reopened'}`);
}
