'use client';

import { useActionState, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from './form-errors';

export type ClassNameFormState = { errors: string[]; name: string };

type Props = {
  lng: string;
  classId?: string;
  initialName: string;
  maxNameLength: number;
  submitLabel: string;
  action: (state: ClassNameFormState, form: FormData) => Promise<ClassNameFormState>;
};

/** Creates a class, or renames one when it has a class id. */
export function ClassNameForm({ lng, classId, initialName, maxNameLength, submitLabel, action }: Props) {
  const { t } = useTranslation('classroom');
  const [state, formAction, pending] = useActionState(action, { errors: [], name: initialName });
  const errorId = useId();
  const hasErrors = state.errors.length > 0;
  return (
    <form action={formAction} className="class-name-form" aria-describedby={hasErrors ? errorId : undefined}>
      <input type="hidden" name="lng" value={lng} />
      {classId ? <input type="hidden" name="classId" value={classId} /> : null}
      <FormErrors id={errorId} errors={state.errors} />
      <label className="join-field">
        <span>{t('teach.className')}</span>
        <input name="name" required maxLength={maxNameLength} defaultValue={state.name} key={`name-${state.name}`} />
      </label>
      <button type="submit" className="button button--primary" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
