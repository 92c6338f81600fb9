import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { FeedbackForm } from '@/components/review/feedback-form';
import { formatChrf, formatQuiz } from '@/components/review/format';
import { requireTeacher } from '@/lib/auth/server';
import { maxAnswerLength } from '@/lib/classroom';
import { getSubmissionForReview } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { formatDateTime, intlLocales, isLng } from '@/lib/i18n';
import { reopenAction, saveFeedbackAction } from './actions';
import '../../review.css';

type Props = {
  params: Promise<{ lng: string; assignmentId: string; studentId: string }>;
  searchParams: Promise<{ notice?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'review')('submission.translations') } : {};
}

export default async function SubmissionReviewPage({ params, searchParams }: Props) {
  const { lng, assignmentId, studentId } = await params;
  assertLng(lng);
  const resultsPath = `/${lng}/teach/assignments/${encodeURIComponent(assignmentId)}`;
  const teacher = await requireTeacher(lng, `${resultsPath}/students/${encodeURIComponent(studentId)}`);
  const review = await getSubmissionForReview({ db: await getDb(), actor: teacher }, assignmentId, studentId);
  if (!review.ok) notFound();
  const { notice } = await searchParams;
  const t = getT(lng, 'review');
  const submission = review.value;
  const direction = submission.assignment.direction ?? 'hi-en';
  const [sourceLang, targetLang] = direction === 'hi-en' ? (['hi', 'en'] as const) : (['en', 'hi'] as const);
  const numberLocale = intlLocales[lng];
  return (
    <div className="page page--review">
      <header className="page-heading">
        <p>
          <Link href={resultsPath}>{t('submission.backToResults')}</Link>
        </p>
        <h1>{t('submission.title', { name: submission.student.displayName, assignment: submission.assignment.title })}</h1>
        <p data-testid="submission-status">
          {t('submission.statusLine', { status: t(`status.${submission.status}`) })}
          {submission.late ? ` · ${t('late')}` : null}
        </p>
        {submission.submittedAt ? <p>{t('submission.submittedLine', { date: formatDateTime(lng, submission.submittedAt) })}</p> : null}
        {submission.reopenedAt ? <p>{t('reopened', { date: formatDateTime(lng, submission.reopenedAt) })}</p> : null}
        {submission.status === 'submitted' ? (
          <p>{t('submission.scores', { quiz: formatQuiz(lng, submission.quizScore), chrf: formatChrf(lng, submission.meanChrf) })}</p>
        ) : null}
        {notice === 'reopened' ? (
          <p role="status" className="review-saved">
            {t('reopen.done')}
          </p>
        ) : null}
        {notice === 'not-reopened' ? (
          <div role="alert" className="form-errors">
            {t('reopen.notSubmitted')}
          </div>
        ) : null}
      </header>

      <section aria-labelledby="review-translations">
        <h2 id="review-translations">{t('submission.translations')}</h2>
        {submission.translations.length === 0 ? <p>{t('submission.noTranslations')}</p> : null}
        {submission.status === 'not-started' ? (
          <p>{t('feedback.notStarted')}</p>
        ) : (
          <I18nProvider lng={lng} resources={pickResources(lng, ['review'])}>
            <FeedbackForm
              key={submission.reopenedAt?.toISOString() ?? 'never-reopened'}
              rows={submission.translations.map((row) => ({ ...row, chrf: row.chrf === null ? null : formatChrf(lng, row.chrf) }))}
              general={submission.generalFeedback}
              sourceLang={sourceLang}
              targetLang={targetLang}
              maxLengthLabel={maxAnswerLength.toLocaleString(numberLocale)}
              action={saveFeedbackAction.bind(null, lng, assignmentId, studentId)}
            />
          </I18nProvider>
        )}
      </section>

      {submission.quiz.length > 0 ? (
        <section aria-labelledby="review-quiz">
          <h2 id="review-quiz">{t('submission.quiz')}</h2>
          <ol className="review-quiz">
            {submission.quiz.map((question, index) => {
              const chosen = question.chosen === null ? undefined : question.choices[question.chosen];
              return (
                <li key={question.id}>
                  <p>
                    {t('submission.question', { number: index + 1 })}: <span lang="hi">{question.term}</span>
                  </p>
                  <p>
                    {chosen === undefined ? t('submission.notAnswered') : t('submission.chosen', { choice: chosen })}
                    {chosen === undefined ? null : ` · ${question.chosen === question.answer ? t('submission.correct') : t('submission.wrong')}`}
                  </p>
                  <p>{t('submission.right', { choice: question.choices[question.answer] ?? '' })}</p>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="review-reveals">
        <h2 id="review-reveals">{t('submission.reveals')}</h2>
        {submission.reveals.length === 0 ? (
          <p>{t('submission.noReveals')}</p>
        ) : (
          <ul>
            {submission.reveals.map((reveal) => (
              <li key={reveal.key}>
                <span lang="en">{reveal.english}</span>{' '}
                <small>
                  (<time dateTime={reveal.revealedAt.toISOString()}>{t('submission.revealedAt', { date: formatDateTime(lng, reveal.revealedAt) })}</time>)
                </small>
              </li>
            ))}
          </ul>
        )}
      </section>

      {submission.status === 'submitted' ? (
        <section aria-labelledby="review-reopen">
          <h2 id="review-reopen">{t('reopen.heading')}</h2>
          <details className="review-reopen">
            <summary className="button">{t('reopen.open')}</summary>
            <p>{t('reopen.explain')}</p>
            <form action={reopenAction.bind(null, lng, assignmentId, studentId)}>
              <button type="submit" className="button button--primary">
                {t('reopen.confirm')}
              </button>
            </form>
          </details>
        </section>
      ) : null}
    </div>
  );
}
