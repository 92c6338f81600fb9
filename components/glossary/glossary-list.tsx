import Link from 'next/link';
import type { GlossarySearchDocument } from '@/lib/glossary/search';
import type { Lng } from '@/lib/i18n';

/** The entries to show, in the order given: alphabetical, or ranked for a search. */
export function GlossaryList({
  lng,
  listId,
  items,
  originLabels,
  unreviewedLabel,
}: {
  lng: Lng;
  listId: string;
  items: readonly GlossarySearchDocument[];
  originLabels: Readonly<Record<string, string>>;
  unreviewedLabel: string;
}) {
  return (
    <ul className="glossary-list" id={listId}>
      {items.map((entry) => (
        <li key={entry.id} className="glossary-item" data-origin={entry.origin} data-testid="glossary-item">
          <Link href={`/${lng}/glossary/${entry.id}`} prefetch={false}>
            <span lang="hi" className="glossary-headword">
              {entry.headword}
            </span>
            <span className="glossary-gloss">
              <span lang="hi-Latn">{entry.romanization}</span> · {originLabels[entry.origin]}{' '}
              <span lang={entry.origin === 'en' ? 'en' : `${entry.origin}-Latn`}>“{entry.source}”</span>
            </span>
            {entry.reviewed ? null : <span className="badge">{unreviewedLabel}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
