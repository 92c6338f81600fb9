'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readStored, writeStored } from '@/lib/browser-storage';
import {
  answerLanguage,
  checkAnswer,
  compareAnswer,
  maxAnswerLength,
  parseStoredAttempts,
  parseStoredDirection,
  practiceDirectionStorageKey,
  practiceDirections,
  practiceStorageKey,
  withAttempt,
  type PracticeComparison,
  type PracticeDirection,
} from '@/lib/practice';
import type { StudyToolProps } from './passage-ref';
import './practice-panel.css';

interface TranslatorNote {
  phrase: string;
  text: string;
}

/** The pair being practised, as the reader's text shows it. */
interface PracticeTarget {
  linkId: string;
  hindi: string;
  english: string;
  notes: TranslatorNote[];
}

type AnswerProblem = { problem: 'empty' } | { problem: 'tooLong'; length: number };

/**
 * A sentence's own words, without what study tools lay over it (a romanised line or ruby, which
 * carry another `lang`, and anything hidden from assistive technology).
 */
function sentenceText(sentence: HTMLElement): string {
  const copy = sentence.cloneNode(true);
  if (!(copy instanceof HTMLElement)) return '';
  for (const extra of copy.querySelectorAll('rt, rp, [aria-hidden="true"], [lang]')) {
    if (extra.matches('rt, rp, [aria-hidden="true"]') || extra.getAttribute('lang') !== sentence.lang) extra.remove();
  }
  return (copy.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

function readPair(pair: HTMLElement): PracticeTarget {
  const sideText = (side: 'hi' | 'en') =>
    [...pair.querySelectorAll<HTMLElement>(`[data-side="${side}"]`)].map(sentenceText).filter(Boolean).join(' ');
  const notes = [...pair.querySelectorAll<HTMLElement>('.pair-notes .note')].map((note) => ({
    phrase: note.querySelector('.note-phrase')?.textContent?.trim() ?? '',
    text: note.querySelector('p')?.textContent?.trim() ?? '',
  }));
  return { linkId: pair.id.replace(/^link-/u, ''), hindi: sideText('hi'), english: sideText('en'), notes };
}

/** Translate practice for the current sentence: the learner's answer beside the reference. */
export function PracticePanel({ lng, passageRef }: StudyToolProps) {
  const { t } = useTranslation('practice');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const [target, setTarget] = useState<PracticeTarget | null>(null);
  const [direction, setDirection] = useState<PracticeDirection>('hi-en');
  const [answer, setAnswer] = useState('');
  const [problem, setProblem] = useState<AnswerProblem | null>(null);
  const [comparison, setComparison] = useState<PracticeComparison | null>(null);
  const storageKey = practiceStorageKey(passageRef);

  const loadAnswer = useCallback(
    (linkId: string, chosen: PracticeDirection) => parseStoredAttempts(readStored(storageKey))[linkId]?.[chosen] ?? '',
    [storageKey],
  );

  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-reader]');
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-tool="practise"]') : null;
      const pair = root.querySelector<HTMLElement>('.pair.is-current');
      if (!button || !pair) return;
      const next = readPair(pair);
      const chosen = parseStoredDirection(readStored(practiceDirectionStorageKey));
      openerRef.current = button;
      setTarget(next);
      setDirection(chosen);
      setAnswer(loadAnswer(next.linkId, chosen));
      setProblem(null);
      setComparison(null);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [loadAnswer]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!target || !dialog || dialog.open) return;
    dialog.showModal();
    // The learner came to write: the answer takes the focus, not the dialog's first button.
    dialog.querySelector<HTMLTextAreaElement>('#practice-answer')?.focus();
  }, [target]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // The page's keys (sentence moves, listen, save, …) must not act behind an open modal.
    const keepKeysInside = (event: KeyboardEvent) => event.stopPropagation();
    dialog.addEventListener('keydown', keepKeysInside);
    return () => dialog.removeEventListener('keydown', keepKeysInside);
  }, []);

  const onClose = () => {
    setTarget(null);
    openerRef.current?.focus();
  };

  const chooseDirection = (chosen: PracticeDirection) => {
    setDirection(chosen);
    writeStored(practiceDirectionStorageKey, chosen);
    setAnswer(target ? loadAnswer(target.linkId, chosen) : '');
    setProblem(null);
    setComparison(null);
  };

  const onCompare = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!target) return;
    const checked = checkAnswer(answer);
    if (!checked.ok) {
      setProblem(checked.problem === 'empty' ? { problem: 'empty' } : { problem: 'tooLong', length: checked.length });
      setComparison(null);
      return;
    }
    const reference = direction === 'hi-en' ? target.english : target.hindi;
    setProblem(null);
    setComparison(compareAnswer(reference, checked.answer, direction));
    const attempts = withAttempt(parseStoredAttempts(readStored(storageKey)), target.linkId, direction, checked.answer);
    writeStored(storageKey, JSON.stringify(attempts));
  };

  const sourceLang = direction === 'hi-en' ? 'hi' : 'en';
  const writtenLang = answerLanguage(direction);
  const formatNumber = (value: number) => value.toLocaleString(lng, { maximumFractionDigits: 1 });
  const status = problem
    ? problem.problem === 'empty'
      ? t('empty')
      : t('tooLong', { length: formatNumber(problem.length), max: formatNumber(maxAnswerLength) })
    : comparison
      ? t('announce', { score: formatNumber(comparison.score), band: t(`band.${comparison.band}`) })
      : '';

  return (
    <dialog ref={dialogRef} className="practice-panel" aria-labelledby="practice-title" onClose={onClose}>
      {target ? (
        <div className="practice-body">
          <div className="practice-head">
            <h2 id="practice-title">{t('title')}</h2>
            <button type="button" className="practice-close" onClick={() => dialogRef.current?.close()}>
              {t('close')}
            </button>
          </div>
          <fieldset className="practice-direction">
            <legend>{t('direction.label')}</legend>
            {practiceDirections.map((option) => (
              <label key={option}>
                <input type="radio" name="practice-direction" value={option} checked={direction === option} onChange={() => chooseDirection(option)} />
                {t(`direction.${option}`)}
              </label>
            ))}
          </fieldset>
          <h3 className="practice-label">{t(`source.${direction}`)}</h3>
          <p className="practice-source" lang={sourceLang}>
            {direction === 'hi-en' ? target.hindi : target.english}
          </p>
          <form className="practice-form" onSubmit={onCompare} noValidate>
            <label htmlFor="practice-answer" className="practice-label">
              {t(`answerLabel.${direction}`)}
            </label>
            <textarea
              id="practice-answer"
              lang={writtenLang}
              rows={3}
              value={answer}
              onChange={(event) => setAnswer(event.target.value)}
              aria-describedby="practice-answer-hint"
              aria-invalid={problem ? true : undefined}
              aria-errormessage={problem ? 'practice-status' : undefined}
            />
            <p id="practice-answer-hint" className="practice-hint">
              {t('answerHint', { max: formatNumber(maxAnswerLength) })}
            </p>
            <button type="submit" className="practice-compare">
              {t('compare')}
            </button>
          </form>
          <p id="practice-status" className={problem ? 'practice-status practice-status--problem' : 'practice-status practice-visually-hidden'} role="status">
            {status}
          </p>
          {comparison ? <PracticeResult lng={lng} target={target} direction={direction} comparison={comparison} formatNumber={formatNumber} /> : null}
        </div>
      ) : null}
    </dialog>
  );
}

function PracticeResult({
  lng,
  target,
  direction,
  comparison,
  formatNumber,
}: {
  lng: StudyToolProps['lng'];
  target: PracticeTarget;
  direction: PracticeDirection;
  comparison: PracticeComparison;
  formatNumber: (value: number) => string;
}) {
  const { t } = useTranslation('practice');
  const writtenLang = answerLanguage(direction);
  const changed = comparison.segments.some((segment) => segment.kind !== 'same');
  return (
    <section className="practice-result" aria-labelledby="practice-reference-heading">
      <h3 id="practice-reference-heading" className="practice-label">
        {t('reference')}
      </h3>
      <p className="practice-reference" lang={writtenLang}>
        {direction === 'hi-en' ? target.english : target.hindi}
      </p>
      <p className="practice-score">
        <span className="practice-label">{t('score')}</span>{' '}
        <strong className="practice-score-number" data-score={comparison.score}>
          {formatNumber(comparison.score)}
        </strong>{' '}
        <span>{t('scoreOutOf')}</span> <span className="practice-band">{t(`band.${comparison.band}`)}</span>
      </p>
      <p className="practice-hint">{t('scoreHint')}</p>
      <h3 className="practice-label">{t('difference')}</h3>
      {changed ? (
        <>
          <p className="practice-legend">
            <del>{t('legendMissing')}</del> · <ins>{t('legendExtra')}</ins>
          </p>
          <p className="practice-diff" lang={writtenLang}>
            {comparison.segments.map((segment, position) => {
              if (segment.kind === 'same') return <span key={position}>{segment.text}</span>;
              const Mark = segment.kind === 'missing' ? 'del' : 'ins';
              return (
                <Mark key={position}>
                  <span className="practice-visually-hidden" lang={lng}>
                    {t(segment.kind === 'missing' ? 'missingLabel' : 'extraLabel')}{' '}
                  </span>
                  {segment.text}
                </Mark>
              );
            })}
          </p>
        </>
      ) : (
        <p>{t('same')}</p>
      )}
      <h3 className="practice-label">{t('notes')}</h3>
      {target.notes.length > 0 ? (
        <ul className="practice-notes">
          {target.notes.map((note) => (
            <li key={`${note.phrase}-${note.text}`}>
              <span lang="hi" className="practice-note-phrase">
                {note.phrase}
              </span>
              {': '}
              <span lang="en">{note.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noNotes')}</p>
      )}
    </section>
  );
}
