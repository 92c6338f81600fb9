import type { GlossaryEntry } from '@/lib/glossary';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';

/** A loanword in the text: a link to its entry, with a card that CSS opens on hover and focus. */
export function GlossaryTerm({
  lng,
  entry,
  text,
  cardId,
}: {
  lng: Lng;
  entry: GlossaryEntry;
  text: string;
  cardId: string;
}) {
  const t = getT(lng, 'reader');
  const common = getT(lng, 'common');
  const grammar = [common(`pos.${entry.pos}`), entry.gender ? common(`gender.${entry.gender}`) : null]
    .filter(Boolean)
    .join(', ');
  return (
    <span className="term" data-term={entry.id} data-origin={entry.origin}>
      <a className="term-link" href={`/${lng}/glossary/${entry.id}`} data-term={entry.id} aria-describedby={cardId}>
        {text}
      </a>
      <span className="term-card" role="tooltip" id={cardId} lang={lng}>
        <span className="card-head">
          <strong lang="hi">{entry.headword}</strong>{' '}
          <span className="card-roman" lang="hi-Latn">
            {entry.romanization}
          </span>
        </span>
        <span className="card-grammar">
          {grammar} · {t('card.from', { origin: common(`origin.${entry.origin}`), source: entry.source })}
        </span>
        <span className="card-meaning" lang="en">
          {entry.meaning}
        </span>
        {entry.native ? (
          <span className="card-native">
            {t('card.native')}: <span lang="hi">{entry.native}</span>
          </span>
        ) : null}
      </span>
    </span>
  );
}
