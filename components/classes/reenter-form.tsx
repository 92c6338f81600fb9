'use client';

import { useActionState, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from './form-errors';

export type ReenterFormState = { errors: string[]; code: string };

type Props = { lng: string; action: (state: ReenterFormState, form: FormData) => Promise<ReenterFormState> };

export function ReenterForm({ lng, action }: Props) {
  const { t } = useTranslation('classroom');
  const [state, formAction, pending] = useActionState(action, { errors: [], code: '' });
  const errorId = useId();
  const hasErrors = state.errors.length > 0;
  return (
    <form action={formAction} className="join-form" aria-describedby={hasErrors ? errorId : undefined}>
      <input type="hidden" name="lng" value={lng} />
      <FormErrors id={errorId} errors={state.errors} />
      <label className="join-field">
        <span>{t('join.reenterCode')}</span>
        <input
          name="code"
          required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t('join.reenterHint')}
          defaultValue={state.code}
          key={`code-${state.code}`}
        />
      </label>
      <button type="submit" className="button" disabled={pending}>
        {t('join.reenterSubmit')}
      </button>
    </form>
  );
}
