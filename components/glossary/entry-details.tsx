import Link from 'next/link';
import type { GlossaryEntry } from '@/lib/glossary';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';

export function EntryDetails({
  lng,
  entry,
  glossary,
}: {
  lng: Lng;
  entry: GlossaryEntry;
  glossary: readonly GlossaryEntry[];
}) {
  const t = getT(lng, 'glossary');
  const common = getT(lng, 'common');
  const related = entry.related
    .map((id) => glossary.find((candidate) => candidate.id === id))
    .filter((candidate) => candidate !== undefined);
  return (
    <>
      {entry.reviewed ? null : <p className="badge">{t('unreviewed')}</p>}
      <dl className="entry-fields">
        <dt>{t('fields.romanization')}</dt>
        <dd lang="hi-Latn">{entry.romanization}</dd>
        <dt>{t('fields.origin')}</dt>
        <dd>{common(`origin.${entry.origin}`)}</dd>
        <dt>{t('fields.source')}</dt>
        <dd lang={entry.origin === 'en' ? 'en' : `${entry.origin}-Latn`}>{entry.source}</dd>
        <dt>{t('fields.pos')}</dt>
        <dd>{common(`pos.${entry.pos}`)}</dd>
        {entry.gender ? (
          <>
            <dt>{t('fields.gender')}</dt>
            <dd>{common(`gender.${entry.gender}`)}</dd>
          </>
        ) : null}
        <dt>{t('fields.meaning')}</dt>
        <dd lang="en">{entry.meaning}</dd>
        {entry.native ? (
          <>
            <dt>{t('fields.native')}</dt>
            <dd lang="hi">{entry.native}</dd>
          </>
        ) : null}
        {entry.usage ? (
          <>
            <dt>{t('fields.usage')}</dt>
            <dd lang="en">{entry.usage}</dd>
          </>
        ) : null}
        <dt>{t('fields.english')}</dt>
        <dd lang="en">{(entry.english.length > 0 ? entry.english : [entry.source]).join(', ')}</dd>
        {related.length > 0 ? (
          <>
            <dt>{t('fields.related')}</dt>
            <dd>
              {related.map((other, position) => (
                <span key={other.id}>
                  {position > 0 ? ', ' : null}
                  <Link href={`/${lng}/glossary/${other.id}`} lang="hi">
                    {other.headword}
                  </Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
