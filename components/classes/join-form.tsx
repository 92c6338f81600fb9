'use client';

import Link from 'next/link';
import { useActionState, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from './form-errors';

export type JoinFormState = {
  errors: string[];
  code: string;
  displayName: string;
  joined: { className: string; reentryCode: string; newStudent: boolean } | null;
};

type Props = {
  lng: string;
  initialCode: string;
  maxNameLength: number;
  action: (state: JoinFormState, form: FormData) => Promise<JoinFormState>;
};

/** Code and name; after joining, the re-entry code, shown this once. */
export function JoinForm({ lng, initialCode, maxNameLength, action }: Props) {
  const { t } = useTranslation('classroom');
  const [state, formAction, pending] = useActionState(action, { errors: [], code: initialCode, displayName: '', joined: null });
  const errorId = useId();
  if (state.joined) {
    return (
      <section className="join-result" aria-labelledby={`${errorId}-joined`}>
        <h2 id={`${errorId}-joined`}>{t('join.joinedHeading', { name: state.joined.className })}</h2>
        {state.joined.newStudent ? (
          <>
            <h3>{t('join.reentryHeading')}</h3>
            <p className="reentry-code" data-testid="reentry-code">
              {state.joined.reentryCode}
            </p>
            <p className="reentry-warning" role="note">
              {t('join.reentryWarning')}
            </p>
          </>
        ) : (
          <p>{t('join.reentrySame')}</p>
        )}
        <Link className="button button--primary" href={`/${lng}/study`}>
          {t('join.continue')}
        </Link>
      </section>
    );
  }
  const hasErrors = state.errors.length > 0;
  return (
    <form action={formAction} className="join-form" aria-describedby={hasErrors ? errorId : undefined}>
      <input type="hidden" name="lng" value={lng} />
      <FormErrors id={errorId} errors={state.errors} />
      <label className="join-field">
        <span>{t('join.code')}</span>
        <input
          name="code"
          required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t('join.codeHint')}
          defaultValue={state.code}
          key={`code-${state.code}`}
        />
      </label>
      <label className="join-field">
        <span>{t('join.name')}</span>
        <input name="displayName" required maxLength={maxNameLength} autoComplete="nickname" defaultValue={state.displayName} key={`name-${state.displayName}`} />
        <small>{t('join.nameHint')}</small>
      </label>
      <button type="submit" className="button button--primary" disabled={pending}>
        {t('join.submit')}
      </button>
    </form>
  );
}
