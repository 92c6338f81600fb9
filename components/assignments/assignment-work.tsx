'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type Lng } from '@/lib/i18n';
import './assignments.css';

export type WorkSegment = { text: string; entryId?: string; origin?: string };
/** A row as the server sends it: `hi` and `en` are null where the student may not see them yet. */
export type WorkRow = { key: number; hi: WorkSegment[] | null; en: string | null };
export type WorkQuestion = { id: string; kind: 'meaning' | 'source' | 'gender'; term: string; choices: string[]; answer?: number };
export type WorkAnswers = { translations: Record<string, string>; quiz: Record<string, number> };
export type WorkResult = {
  submittedAt: string;
  late: boolean;
  chrf: Record<string, number>;
  meanChrf: number | null;
  quizCorrect: number;
  quizTotal: number;
  feedback: Record<string, string>;
};

type Props = {
  lng: Lng;
  assignmentId: string;
  rows: WorkRow[];
  translate: { key: number; source: string }[];
  direction: 'hi-en' | 'en-hi' | null;
  quiz: WorkQuestion[];
  initialAnswers: WorkAnswers;
  savedAt: string | null;
  result: WorkResult | null;
  reopened: boolean;
  maxAnswerLength: number;
};

type Problem = { text: string; fields: string[] };

/**
 * The student's side of an assignment: the rows with their English hidden until asked for (the
 * server sends it only then), the translations and the quiz. What was typed stays in the form
 * whatever the server answers.
 */
export function AssignmentWork(props: Props) {
  const { t } = useTranslation('assignments');
  const router = useRouter();
  const [answers, setAnswers] = useState<WorkAnswers>(props.initialAnswers);
  /** English the server gave as it recorded a reveal on this page; the rest arrives in the rows. */
  const [revealedEnglish, setRevealedEnglish] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState<string | null>(props.savedAt ? t('work.savedAt', { time: formatDateTime(props.lng, props.savedAt) }) : null);
  const [busy, setBusy] = useState(false);
  const readOnly = props.result !== null;
  const problemId = useId();
  const tooLong = Object.entries(answers.translations).filter(([, text]) => text.length > props.maxAnswerLength).map(([key]) => key);

  function describe(response: Response, body: Record<string, unknown>): Problem {
    const fields = Array.isArray(body.fields) ? body.fields.map(String) : [];
    if (response.status === 401) return { text: t('errors.signedOut'), fields };
    if (response.status === 404) return { text: t('errors.notFound'), fields };
    if (response.status === 409) return { text: t('errors.alreadySubmitted'), fields };
    if (response.status === 429) return { text: t('errors.tooMany'), fields };
    if (response.status === 400) return { text: t('errors.invalid', { max: props.maxAnswerLength }), fields };
    return { text: t('errors.failed'), fields };
  }

  async function send(path: string, method: 'POST' | 'PUT', body: unknown): Promise<Record<string, unknown> | null> {
    let response: Response;
    try {
      response = await fetch(`/api/classroom/assignments/${encodeURIComponent(props.assignmentId)}/${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch {
      setProblem({ text: t('errors.offline'), fields: [] });
      return null;
    }
    const parsed = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      setProblem(describe(response, parsed));
      return null;
    }
    setProblem(null);
    return parsed;
  }

  async function reveal(key: number) {
    const answer = await send('reveals', 'POST', { sentence: key });
    // The server gives the English only as it records the reveal, so every row the student saw is in the record.
    const text = answer && typeof answer.english === 'string' ? answer.english : null;
    if (text !== null) setRevealedEnglish((current) => ({ ...current, [String(key)]: text }));
  }

  async function saveDraft() {
    setBusy(true);
    const answer = await send('draft', 'PUT', { answers });
    setBusy(false);
    if (answer && typeof answer.savedAt === 'string') setStatus(t('work.savedAt', { time: formatDateTime(props.lng, answer.savedAt) }));
  }

  async function submit() {
    if (!window.confirm(t('work.confirmSubmit'))) return;
    setBusy(true);
    const answer = await send('submit', 'POST', { answers });
    setBusy(false);
    if (answer) {
      setStatus(t(answer.late === true ? 'work.submittedLate' : 'work.submitted'));
      router.refresh();
    }
  }

  const translateKeys = new Set(props.translate.map((row) => row.key));
  const result = props.result;

  return (
    <div className="assignment-work">
      <section aria-labelledby={`${problemId}-read`}>
        <h2 id={`${problemId}-read`}>{t('work.readHeading')}</h2>
        <p className="lead">{t('work.readHint')}</p>
        <ol className="work-rows">
          {props.rows.map((row) => {
            const shownEnglish = row.en ?? revealedEnglish[String(row.key)];
            const feedback = result?.feedback[String(row.key)];
            return (
              <li key={row.key} className="work-row" data-row={row.key}>
                {row.hi === null ? (
                  <p className="work-withheld">{t('work.hindiAfterSubmit')}</p>
                ) : (
                  <p className="work-hi" lang="hi">
                    {row.hi.map((segment, position) =>
                      segment.entryId ? (
                        <span key={position} className="term" data-term={segment.entryId} data-origin={segment.origin}>
                          <a className="term-link" href={`/${props.lng}/glossary/${segment.entryId}`}>
                            {segment.text}
                          </a>
                        </span>
                      ) : (
                        segment.text
                      ),
                    )}
                  </p>
                )}
                {shownEnglish !== undefined ? (
                  <p className={row.hi === null ? 'work-en work-en--source' : 'work-en'} lang="en">
                    {shownEnglish}
                  </p>
                ) : (
                  <button type="button" className="button work-reveal" onClick={() => void reveal(row.key)}>
                    {t('work.showEnglish')}
                  </button>
                )}
                {translateKeys.has(row.key) && result ? (
                  <p className="work-score">{t('work.rowScore', { score: formatScore(result.chrf[String(row.key)]) })}</p>
                ) : null}
                {feedback ? (
                  <p className="work-feedback">
                    <strong>{t('work.feedback')}:</strong> {feedback}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      {props.translate.length > 0 ? (
        <section aria-labelledby={`${problemId}-translate`}>
          <h2 id={`${problemId}-translate`}>{t(props.direction === 'en-hi' ? 'work.translateToHindi' : 'work.translateToEnglish')}</h2>
          {props.translate.map((row) => {
            const text = answers.translations[String(row.key)] ?? '';
            const over = text.length > props.maxAnswerLength;
            const fieldId = `${problemId}-t-${row.key}`;
            const invalid = over || (problem?.fields.includes(`translations.${row.key}`) ?? false);
            return (
              <div key={row.key} className="work-translate">
                <label htmlFor={fieldId} className="work-source" lang={props.direction === 'en-hi' ? 'en' : 'hi'}>
                  {row.source}
                </label>
                <textarea
                  id={fieldId}
                  name={`translations.${row.key}`}
                  rows={3}
                  value={text}
                  readOnly={readOnly}
                  lang={props.direction === 'en-hi' ? 'hi' : 'en'}
                  aria-invalid={invalid || undefined}
                  aria-describedby={`${fieldId}-count`}
                  onChange={(event) => {
                    const value = event.target.value;
                    setAnswers((current) => ({ ...current, translations: { ...current.translations, [String(row.key)]: value } }));
                  }}
                />
                <p id={`${fieldId}-count`} className={over ? 'work-count work-count--over' : 'work-count'}>
                  {t('work.count', { count: text.length, max: props.maxAnswerLength })}
                  {over ? ` — ${t('work.tooLong', { max: props.maxAnswerLength })}` : ''}
                </p>
              </div>
            );
          })}
        </section>
      ) : null}

      {props.quiz.length > 0 ? (
        <section aria-labelledby={`${problemId}-quiz`}>
          <h2 id={`${problemId}-quiz`}>{t('work.quizHeading')}</h2>
          {props.quiz.map((question) => (
            <fieldset key={question.id} className="work-question" disabled={readOnly}>
              <legend>{t(`quiz.${question.kind}`, { term: question.term })}</legend>
              {question.choices.map((choice, index) => {
                const right = readOnly && question.answer === index;
                return (
                  <label key={index} className={right ? 'work-choice work-choice--right' : 'work-choice'}>
                    <input
                      type="radio"
                      name={`quiz-${question.id}`}
                      value={index}
                      checked={answers.quiz[question.id] === index}
                      onChange={() => setAnswers((current) => ({ ...current, quiz: { ...current.quiz, [question.id]: index } }))}
                    />
                    {question.kind === 'gender' ? t(`gender.${choice}`) : choice}
                    {right ? <span className="work-right"> ({t('quiz.right')})</span> : null}
                  </label>
                );
              })}
            </fieldset>
          ))}
        </section>
      ) : null}

      {result ? (
        <section className="work-result" aria-labelledby={`${problemId}-result`}>
          <h2 id={`${problemId}-result`}>{t('work.resultHeading')}</h2>
          <p>{t(result.late ? 'work.submittedOnLate' : 'work.submittedOn', { time: formatDateTime(props.lng, result.submittedAt) })}</p>
          {result.meanChrf !== null ? <p>{t('work.meanChrf', { score: formatScore(result.meanChrf) })}</p> : null}
          {result.quizTotal > 0 ? <p>{t('work.quizScore', { correct: result.quizCorrect, total: result.quizTotal })}</p> : null}
          {result.feedback.general ? (
            <p className="work-feedback">
              <strong>{t('work.feedback')}:</strong> {result.feedback.general}
            </p>
          ) : null}
        </section>
      ) : (
        <div className="work-actions">
          {props.reopened ? <p>{t('work.reopened')}</p> : null}
          <button type="button" className="button" disabled={busy} onClick={() => void saveDraft()}>
            {t('work.saveDraft')}
          </button>
          <button type="button" className="button button--primary" disabled={busy || tooLong.length > 0} onClick={() => void submit()}>
            {t('work.submit')}
          </button>
        </div>
      )}
      <div aria-live="polite" className="work-status">
        {status ? <p>{status}</p> : null}
      </div>
      {problem ? (
        <div role="alert" className="form-errors">
          <p>{problem.text}</p>
        </div>
      ) : null}
    </div>
  );
}


function formatScore(score: number | undefined): string {
  return (score ?? 0).toFixed(1);
}
