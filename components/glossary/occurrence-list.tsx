import Link from 'next/link';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';
import type { Occurrence } from '@/lib/reader';

export function OccurrenceList({
  lng,
  entryId,
  occurrences,
}: {
  lng: Lng;
  entryId: string;
  occurrences: readonly Occurrence[];
}) {
  const t = getT(lng, 'glossary');
  return (
    <section aria-labelledby="occurrences-title">
      <h2 id="occurrences-title">
        {t('occurrences.title')}{' '}
        <span className="glossary-status">({t('occurrences.count', { count: occurrences.length })})</span>
      </h2>
      {occurrences.length === 0 ? (
        <p>{t('occurrences.none')}</p>
      ) : (
        <ol className="occurrence-list">
          {occurrences.map((occurrence) => (
            <li key={`${occurrence.slug}-${occurrence.linkId}`} className="occurrence" data-testid="occurrence">
              <span lang="hi">
                {occurrence.hindi.map((segment, position) =>
                  segment.entryId === entryId ? <mark key={position}>{segment.text}</mark> : segment.text,
                )}
              </span>
              <span lang="en" className="occurrence-en">
                {occurrence.english}
              </span>
              <Link href={`/${lng}/read/${occurrence.slug}?term=${encodeURIComponent(entryId)}#link-${occurrence.linkId}`}>
                {t('occurrences.goTo')}: <span lang={lng === 'hi' ? 'hi' : 'en'}>{occurrence.title[lng]}</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
