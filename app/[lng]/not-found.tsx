import Link from 'next/link';
import { lng as rootLng } from 'next/root-params';
import { getT } from '@/lib/i18n/server';
import { fallbackLng, isLng } from '@/lib/i18n';

export default async function NotFound() {
  const requested = await rootLng();
  const lng = isLng(requested) ? requested : fallbackLng;
  const t = getT(lng);
  return (
    <div className="page page--not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={`/${lng}`}>{t('notFound.back')}</Link>
      </p>
    </div>
  );
}
