import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTeacher } from '@/lib/auth/server';
import { getDb } from '@/lib/db/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { intlLocales, isLng } from '@/lib/i18n';
import { listTeacherPassages } from '@/lib/passages';
import { deletePassageAction } from './actions';
import './passages.css';

type Props = {
  params: Promise<{ lng: string }>;
  searchParams: Promise<{ delete?: string | string[]; deleted?: string; failed?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'import')('passages.title') } : {};
}

export default async function MyPassagesPage({ params, searchParams }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const teacher = await requireTeacher(lng, `/${lng}/teach/passages`);
  const query = await searchParams;
  const t = getT(lng, 'import');
  const listed = await listTeacherPassages({ db: await getDb(), actor: teacher });
  const passages = listed.ok ? listed.value : [];
  const confirming = typeof query.delete === 'string' ? passages.find((passage) => passage.id === query.delete) : undefined;
  const dates = new Intl.DateTimeFormat(intlLocales[lng], { dateStyle: 'medium' });
  const remove = deletePassageAction.bind(null, lng);
  return (
    <div className="page page--my-passages">
      <h1>{t('passages.title')}</h1>
      <p className="lead">{t('passages.intro')}</p>
      {query.deleted ? <p role="status">{t('passages.deleted')}</p> : null}
      {query.failed ? (
        <div className="form-errors" role="alert">
          <p>{t('passages.notDeleted')}</p>
        </div>
      ) : null}
      {confirming ? (
        // A page of its own asks before deleting, so the confirmation works without JavaScript.
        <form action={remove} className="passage-confirm" data-testid="confirm-delete">
          <p>{t('passages.confirmDelete', { title: confirming.title[lng] })}</p>
          <input type="hidden" name="id" value={confirming.id} />
          <button type="submit" className="button button--primary">
            {t('passages.delete')}
          </button>{' '}
          <Link href={`/${lng}/teach/passages`}>{t('passages.cancel')}</Link>
        </form>
      ) : null}
      <p>
        <Link href={`/${lng}/import`} className="button">
          {t('passages.add')}
        </Link>
      </p>
      {passages.length === 0 ? (
        <p>{t('passages.none')}</p>
      ) : (
        <ul className="passage-rows">
          {passages.map((passage) => (
            <li key={passage.id} className="passage-row" data-testid="my-passage">
              <Link href={`/${lng}/passages/${passage.id}`} className="passage-row-title">
                <span lang="hi">{passage.title.hi}</span> · <span lang="en">{passage.title.en}</span>
              </Link>
              <span className="passage-row-date">{t('passages.added', { date: dates.format(passage.createdAt) })}</span>
              <Link href={`/${lng}/passages/${passage.id}`}>{t('passages.read')}</Link>
              <Link href={`/${lng}/teach/passages?delete=${encodeURIComponent(passage.id)}`}>{t('passages.delete')}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
