import Link from 'next/link';
import { buildSearchText } from '@/lib/glossary/search';
import type { GlossaryEntry } from '@/lib/glossary';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';

export function GlossaryList({ lng, entries, listId }: { lng: Lng; entries: readonly GlossaryEntry[]; listId: string }) {
  const common = getT(lng, 'common');
  const t = getT(lng, 'glossary');
  const sorted = [...entries].sort((a, b) => a.headword.localeCompare(b.headword, 'hi'));
  return (
    <ul className="glossary-list" id={listId}>
      {sorted.map((entry) => (
        <li
          key={entry.id}
          className="glossary-item"
          data-origin={entry.origin}
          data-search={buildSearchText(entry)}
          data-testid="glossary-item"
        >
          <Link href={`/${lng}/glossary/${entry.id}`} prefetch={false}>
            <span lang="hi" className="glossary-headword">
              {entry.headword}
            </span>
            <span className="glossary-gloss">
              <span lang="hi-Latn">{entry.romanization}</span> · {common(`origin.${entry.origin}`)}{' '}
              <span lang={entry.origin === 'en' ? 'en' : `${entry.origin}-Latn`}>“{entry.source}”</span>
            </span>
            {entry.reviewed ? null : <span className="badge">{t('unreviewedShort')}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
