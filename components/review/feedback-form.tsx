'use client';

import { useActionState, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackFieldName } from './feedback-field';

/** One translated row as the teacher reads it, with the feedback saved so far. */
export type FeedbackRow = {
  key: number;
  source: string;
  reference: string;
  answer: string;
  chrf: string | null;
  feedback: string;
};

/** After a save: the messages and the fields they name, and what was typed, so nothing typed is lost. */
export type FeedbackFormState = {
  saved: boolean;
  errors: string[];
  invalid: string[];
  values: Record<string, string> | null;
  /** Counts the saves, so the fields take up the values returned by each. */
  revision: number;
};

type Props = {
  rows: FeedbackRow[];
  general: string;
  sourceLang: 'hi' | 'en';
  targetLang: 'hi' | 'en';
  maxLengthLabel: string;
  action: (state: FeedbackFormState, form: FormData) => Promise<FeedbackFormState>;
};

export function FeedbackForm({ rows, general, sourceLang, targetLang, maxLengthLabel, action }: Props) {
  const { t } = useTranslation('review');
  const [state, formAction, pending] = useActionState(action, { saved: false, errors: [], invalid: [], values: null, revision: 0 });
  const errorId = useId();
  const hintId = useId();
  const valueOf = (key: string, saved: string) => state.values?.[key] ?? saved;
  const textarea = (key: string, saved: string, label: string) => (
    <label className="review-feedback">
      <span>{label}</span>
      <textarea
        name={feedbackFieldName(key)}
        defaultValue={valueOf(key, saved)}
        key={`${key}-${state.revision}`}
        aria-invalid={state.invalid.includes(key) ? true : undefined}
        aria-describedby={hintId}
        rows={3}
      />
    </label>
  );
  return (
    <form action={formAction} aria-describedby={state.errors.length > 0 ? errorId : undefined}>
      <p id={hintId} className="field-hint">
        {t('feedback.hint', { max: maxLengthLabel })}
      </p>
      {state.errors.length > 0 ? (
        <div id={errorId} role="alert" className="form-errors">
          <ul>
            {state.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="review-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="review-row">
            <h3>{t('submission.row', { number: index + 1 })}</h3>
            <dl className="review-sides">
              <div>
                <dt>{t('submission.source')}</dt>
                <dd lang={sourceLang}>{row.source}</dd>
              </div>
              <div>
                <dt>{t('submission.answer')}</dt>
                <dd lang={targetLang}>{row.answer === '' ? t('submission.noAnswer') : row.answer}</dd>
              </div>
              <div>
                <dt>{t('submission.reference')}</dt>
                <dd lang={targetLang}>{row.reference}</dd>
              </div>
            </dl>
            <p className="review-score">{row.chrf === null ? t('submission.chrfNone') : t('submission.chrf', { score: row.chrf })}</p>
            {textarea(String(row.key), row.feedback, t('feedback.row', { number: index + 1 }))}
          </li>
        ))}
      </ol>
      {textarea('general', general, t('feedback.general'))}
      <p>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('feedback.saving') : t('feedback.save')}
        </button>{' '}
        {state.saved && !pending ? (
          <span role="status" className="review-saved">
            {t('feedback.saved')}
          </span>
        ) : null}
      </p>
    </form>
  );
}
