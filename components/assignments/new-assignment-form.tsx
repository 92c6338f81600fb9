'use client';

import { useActionState, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './assignments.css';

export type RangeRow = { key: number; hi: { index: number; text: string }[]; en: string };
export type NewAssignmentFormState = { errors: string[] };

type Props = {
  lng: string;
  classId: string;
  passage: string;
  defaultTitle: string;
  rows: RangeRow[];
  sentenceCount: number;
  maxInstructionsLength: number;
  maxTitleLength: number;
  action: (state: NewAssignmentFormState, form: FormData) => Promise<NewAssignmentFormState>;
};

/**
 * The range is chosen in the text: the first sentence pressed starts it, the next ends it. The
 * number fields say the same and are what the form sends, so the form also works without a script.
 */
export function NewAssignmentForm(props: Props) {
  const { t } = useTranslation('assignments');
  const [state, formAction, pending] = useActionState(props.action, { errors: [] });
  const [first, setFirst] = useState(0);
  const [last, setLast] = useState(Math.min(9, props.sentenceCount - 1));
  const [pickingEnd, setPickingEnd] = useState(false);
  const [scripted, setScripted] = useState(false);
  const [offset, setOffset] = useState(0);
  const errorId = useId();
  useEffect(() => {
    setScripted(true);
    setOffset(new Date().getTimezoneOffset());
  }, []);

  function pick(index: number) {
    if (!pickingEnd || index < first) {
      setFirst(index);
      setLast(index);
      setPickingEnd(true);
    } else {
      setLast(index);
      setPickingEnd(false);
    }
  }

  const inRange = (row: RangeRow) => row.hi.some((sentence) => sentence.index >= first && sentence.index <= last);

  return (
    <form action={formAction} className="new-assignment" aria-describedby={state.errors.length ? errorId : undefined}>
      <input type="hidden" name="lng" value={props.lng} />
      <input type="hidden" name="classId" value={props.classId} />
      <input type="hidden" name="passage" value={props.passage} />
      <input type="hidden" name="timezoneOffset" value={offset} />
      {state.errors.length > 0 ? (
        <div id={errorId} role="alert" className="form-errors">
          <ul>
            {state.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="field-grid">
        <label className="field">
          <span>{t('new.fields.title')}</span>
          <input name="title" required maxLength={props.maxTitleLength} defaultValue={props.defaultTitle} />
        </label>
        <label className="field">
          <span>{t('new.fields.dueAt')}</span>
          <input name="dueAt" type="datetime-local" />
        </label>
        <label className="field">
          <span>{t('new.fields.first')}</span>
          <input
            name="firstSentence"
            type="number"
            min={1}
            max={props.sentenceCount}
            required
            value={first + 1}
            onChange={(event) => setFirst(Math.max(0, Number(event.target.value) - 1))}
          />
        </label>
        <label className="field">
          <span>{t('new.fields.last')}</span>
          <input
            name="lastSentence"
            type="number"
            min={1}
            max={props.sentenceCount}
            required
            value={last + 1}
            onChange={(event) => setLast(Math.max(0, Number(event.target.value) - 1))}
          />
        </label>
      </div>
      <label className="field">
        <span>{t('new.fields.instructions')}</span>
        <textarea name="instructions" rows={3} maxLength={props.maxInstructionsLength} />
      </label>
      <fieldset className="new-tasks">
        <legend>{t('new.fields.tasks')}</legend>
        <label>
          <input type="checkbox" name="read" defaultChecked /> {t('new.fields.read')}
        </label>
        <label>
          <input type="checkbox" name="quiz" defaultChecked /> {t('new.fields.quiz')}
        </label>
        <label>
          {t('new.fields.direction')}{' '}
          <select name="direction" defaultValue="hi-en">
            <option value="hi-en">{t('new.direction.hi-en')}</option>
            <option value="en-hi">{t('new.direction.en-hi')}</option>
          </select>
        </label>
      </fieldset>

      <h2>{t('new.rangeHeading')}</h2>
      <p className="lead">{t(scripted ? 'new.rangeHint' : 'new.rangeHintNoScript')}</p>
      <p aria-live="polite" className="new-range-status">
        {t(pickingEnd ? 'new.rangePickEnd' : 'new.rangeChosen', { first: first + 1, last: last + 1 })}
      </p>
      <ol className="new-rows">
        {props.rows.map((row) => {
          const chosen = inRange(row);
          return (
            <li key={row.key} className={chosen ? 'new-row new-row--chosen' : 'new-row'}>
              <div className="new-row-hi" lang="hi">
                {row.hi.map((sentence) => (
                  <button
                    key={sentence.index}
                    type="button"
                    className="new-sentence"
                    aria-pressed={sentence.index >= first && sentence.index <= last}
                    aria-label={t('new.sentenceLabel', { number: sentence.index + 1, text: sentence.text })}
                    onClick={() => pick(sentence.index)}
                  >
                    <span className="new-sentence-number" aria-hidden="true">
                      {sentence.index + 1}
                    </span>{' '}
                    {sentence.text}
                  </button>
                ))}
              </div>
              <p className="new-row-en" lang="en">
                {row.en}
              </p>
              <label className="new-row-translate">
                <input type="checkbox" name="translate" value={row.key} disabled={scripted && !chosen} />{' '}
                {t('new.fields.translateRow', { number: row.key + 1 })}
              </label>
            </li>
          );
        })}
      </ol>
      <button type="submit" className="button button--primary" disabled={pending}>
        {t('new.submit')}
      </button>
    </form>
  );
}
