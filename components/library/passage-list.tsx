import Link from 'next/link';
import { localize, type PassageSummary } from '@/lib/content';
import { orderPassages, passageDate } from '@/lib/library';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';
import { BilingualTitle } from './bilingual-title';

export function PassageList({ lng, passages, listId }: { lng: Lng; passages: readonly PassageSummary[]; listId: string }) {
  const t = getT(lng, 'library');
  if (passages.length === 0) return <p>{t('empty')}</p>;
  const dateFormat = new Intl.DateTimeFormat(lng === 'hi' ? 'hi-IN' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  const titleRank = new Map(orderPassages(passages, 'title', lng).map((passage, rank) => [passage.slug, rank]));
  return (
    <ul className="passage-list" id={listId}>
      {orderPassages(passages, 'newest', lng).map((passage, rank) => {
        const dated = passageDate(passage);
        return (
          <li
            key={passage.slug}
            className="passage-card"
            data-testid="passage-card"
            data-rank-newest={rank}
            data-rank-title={titleRank.get(passage.slug)}
          >
            <h2>
              <Link href={`/${lng}/read/${passage.slug}`}>
                <BilingualTitle title={passage.title} className="passage-title" />
              </Link>
            </h2>
            <p className="passage-facts">
              {dated ? (
                <span>
                  <time dateTime={dated.date}>{t(dated.kind, { date: dateFormat.format(new Date(dated.date)) })}</time>
                </span>
              ) : null}
              <span>{t('sentences', { count: passage.sentenceCount.hi })}</span>
              <span>{t('words', { count: passage.wordCount.hi })}</span>
              <span>{t('source', { source: localize(passage.source.name, lng) })}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
