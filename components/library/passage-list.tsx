import Link from 'next/link';
import { localize, type PassageSummary } from '@/lib/content';
import { BilingualTitle } from './bilingual-title';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';

export function PassageList({ lng, passages }: { lng: Lng; passages: readonly PassageSummary[] }) {
  const t = getT(lng, 'library');
  if (passages.length === 0) return <p>{t('empty')}</p>;
  const dateFormat = new Intl.DateTimeFormat(lng === 'hi' ? 'hi-IN' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <ul className="passage-list">
      {passages.map((passage) => (
        <li key={passage.slug} className="passage-card" data-testid="passage-card">
          <h2>
            <Link href={`/${lng}/read/${passage.slug}`}>
              <BilingualTitle title={passage.title} className="passage-title" />
            </Link>
          </h2>
          <p className="passage-facts">
            <span>{t('sentences', { count: passage.sentenceCount.hi })}</span>
            <span>{t('words', { count: passage.wordCount.hi })}</span>
            <span>{t('source', { source: localize(passage.source.name, lng) })}</span>
            {passage.source.published ? (
              <span>{t('published', { date: dateFormat.format(new Date(passage.source.published)) })}</span>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
