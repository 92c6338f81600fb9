import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatChrf, formatQuiz } from '@/components/review/format';
import { requireTeacher } from '@/lib/auth/server';
import { getAssignmentResults } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng, formatDateTime } from '@/lib/i18n';
import './review.css';

type Props = { params: Promise<{ lng: string; assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'review')('results.tableCaption') } : {};
}

export default async function AssignmentResultsPage({ params }: Props) {
  const { lng, assignmentId } = await params;
  assertLng(lng);
  const path = `/${lng}/teach/assignments/${encodeURIComponent(assignmentId)}`;
  const teacher = await requireTeacher(lng, path);
  const results = await getAssignmentResults({ db: await getDb(), actor: teacher }, assignmentId);
  if (!results.ok) notFound();
  const { assignment, rows } = results.value;
  const t = getT(lng, 'review');
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  return (
    <div className="page page--review">
      <header className="page-heading">
        <h1>{assignment.title}</h1>
        <p>
          <Link href={`/${lng}/teach/classes/${encodeURIComponent(assignment.classId)}`}>{t('results.class', { name: assignment.className })}</Link>
        </p>
        <p>{assignment.dueAt ? t('results.due', { date: formatDateTime(lng, assignment.dueAt) }) : t('results.noDue')}</p>
        <p className="lead" data-testid="results-counts">
          {t('results.counts', { submitted: count('submitted'), draft: count('draft'), notStarted: count('not-started'), total: rows.length })}
        </p>
        <p>
          <a className="button" href={`${path}/results.csv`} download>
            {t('results.download')}
          </a>{' '}
          <Link className="button" href={`${path}/print`} prefetch={false}>{getT(lng, 'print')('assignmentLink')}</Link>
        </p>
      </header>
      {rows.length === 0 ? (
        <p>{t('results.noStudents')}</p>
      ) : (
        <div className="review-table-scroll">
          <table className="review-table">
            <caption>{t('results.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.student')}</th>
                <th scope="col">{t('columns.status')}</th>
                <th scope="col">{t('columns.submittedAt')}</th>
                <th scope="col">{t('columns.late')}</th>
                <th scope="col">{t('columns.quiz')}</th>
                <th scope="col">{t('columns.meanChrf')}</th>
                <th scope="col">{t('columns.revealed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.studentId}>
                  <th scope="row">
                    <Link href={`${path}/students/${encodeURIComponent(row.studentId)}`}>{row.displayName}</Link>
                  </th>
                  <td>
                    {t(`status.${row.status}`)}
                    {row.reopenedAt && row.status === 'draft' ? <small> · {t('reopened', { date: formatDateTime(lng, row.reopenedAt) })}</small> : null}
                  </td>
                  <td>{row.submittedAt ? <time dateTime={row.submittedAt.toISOString()}>{formatDateTime(lng, row.submittedAt)}</time> : '–'}</td>
                  <td>{row.status === 'not-started' ? '–' : row.late ? t('yes') : t('no')}</td>
                  <td className="review-number">{formatQuiz(lng, row.quizScore)}</td>
                  <td className="review-number">{formatChrf(lng, row.meanChrf)}</td>
                  <td className="review-number">{t('results.revealedOf', { count: row.revealedCount, of: row.revealedOf })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
