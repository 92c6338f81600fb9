import type { GlossaryEntry } from '@/lib/glossary';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';

export const cardIdOf = (entryId: string) => `card-${entryId}`;

/** A loanword in the text: a link to its entry, described by the entry's card. */
export function GlossaryTerm({ lng, entry, text }: { lng: Lng; entry: GlossaryEntry; text: string }) {
  return (
    <span className="term" data-term={entry.id} data-origin={entry.origin}>
      <a className="term-link" href={`/${lng}/glossary/${entry.id}`} aria-describedby={cardIdOf(entry.id)}>
        {text}
      </a>
    </span>
  );
}

/**
 * The card of one entry, rendered once per page; the reader's client island shows a copy of it
 * beside whichever occurrence is hovered, focused or tapped.
 */
export function GlossaryCard({ lng, entry }: { lng: Lng; entry: GlossaryEntry }) {
  const t = getT(lng, 'reader');
  const common = getT(lng, 'common');
  const grammar = [common(`pos.${entry.pos}`), entry.gender ? common(`gender.${entry.gender}`) : null]
    .filter(Boolean)
    .join(', ');
  return (
    <span className="term-card" role="tooltip" id={cardIdOf(entry.id)} lang={lng}>
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
  );
}
