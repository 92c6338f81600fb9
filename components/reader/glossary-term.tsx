import type { GlossaryEntry } from '@/lib/glossary';
import type { Lng } from '@/lib/i18n';

/** A loanword in the text: a link to its entry; the reader's client island adds its card. */
export function GlossaryTerm({ lng, entry, text }: { lng: Lng; entry: GlossaryEntry; text: string }) {
  return (
    <span className="term" data-term={entry.id} data-origin={entry.origin}>
      <a className="term-link" href={`/${lng}/glossary/${entry.id}`}>
        {text}
      </a>
    </span>
  );
}
