'use client';

import { useActionState, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** What the form shows after a refused try: the messages, and what was typed, minus the password. */
export type AccountFormState = { errors: string[]; email: string; name: string };

type Props = {
  mode: 'sign-in' | 'sign-up';
  lng: string;
  next: string;
  minPasswordLength: number;
  maxPasswordLength: number;
  action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>;
};

export function AccountForm({ mode, lng, next, minPasswordLength, maxPasswordLength, action }: Props) {
  const { t } = useTranslation('account');
  const [state, formAction, pending] = useActionState(action, { errors: [], email: '', name: '' });
  const errorId = useId();
  const hasErrors = state.errors.length > 0;
  return (
    <form action={formAction} className="account-form" aria-describedby={hasErrors ? errorId : undefined}>
      <input type="hidden" name="lng" value={lng} />
      <input type="hidden" name="next" value={next} />
      {hasErrors ? (
        <div id={errorId} role="alert" className="form-errors">
          <ul>
            {state.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {mode === 'sign-up' ? (
        <label className="field">
          <span>{t('fields.name')}</span>
          <input name="name" autoComplete="name" required maxLength={100} defaultValue={state.name} key={`name-${state.name}`} />
        </label>
      ) : null}
      <label className="field">
        <span>{t('fields.email')}</span>
        <input name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={state.email} key={`email-${state.email}`} />
      </label>
      <label className="field">
        <span>{t('fields.password')}</span>
        <input
          name="password"
          type="password"
          autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
          required
          minLength={mode === 'sign-up' ? minPasswordLength : undefined}
          maxLength={maxPasswordLength}
        />
        {mode === 'sign-up' ? <small>{t('fields.passwordHint', { min: minPasswordLength })}</small> : null}
      </label>
      <button type="submit" className="button button--primary" disabled={pending}>
        {t(mode === 'sign-up' ? 'signUp.submit' : 'signIn.submit')}
      </button>
    </form>
  );
}
