'use client';

import { useTranslation } from 'react-i18next';
import { partsOfSpeech, type GlossaryEntry } from '@/lib/glossary/schema';

export interface EntryDecision {
  entry: GlossaryEntry;
  status: 'pending' | 'accepted' | 'rejected';
}

type EditableField = 'headword' | 'source' | 'romanization' | 'meaning';

export function EntryReview({
  decisions,
  onChange,
}: {
  decisions: readonly EntryDecision[];
  onChange: (decisions: EntryDecision[]) => void;
}) {
  const { t } = useTranslation('import');
  const update = (index: number, change: (decision: EntryDecision) => EntryDecision) =>
    onChange(decisions.map((decision, position) => (position === index ? change(decision) : decision)));
  const editEntry = (index: number, patch: Partial<GlossaryEntry>) =>
    update(index, (decision) => {
      const entry = { ...decision.entry, ...patch };
      if (patch.headword !== undefined) entry.forms = [patch.headword, ...decision.entry.forms.filter((f) => f !== decision.entry.headword)];
      if (patch.source !== undefined) entry.english = [patch.source];
      return { ...decision, entry };
    });

  const textField = (index: number, field: EditableField, lang?: string) => (
    <label>
      {t(`entries.${field}`)}
      <input
        lang={lang}
        value={decisions[index]?.entry[field] ?? ''}
        onChange={(event) => editEntry(index, { [field]: event.target.value })}
      />
    </label>
  );

  return (
    <section aria-labelledby="entries-title" className="entry-review">
      <h2 id="entries-title">{t('entries.title')}</h2>
      {decisions.length === 0 ? <p>{t('entries.none')}</p> : null}
      <ul className="entry-cards">
        {decisions.map((decision, index) => (
          <li key={decision.entry.id} className={`entry-card entry-card--${decision.status}`} data-testid="proposed-entry">
            <p className="entry-card-head">
              <strong lang="hi">{decision.entry.headword}</strong> · <span lang="en">{decision.entry.source}</span>{' '}
              <span className="badge" data-testid="entry-status">
                {t(`entries.${decision.status}`)}
              </span>
            </p>
            <div className="field-grid">
              {textField(index, 'headword', 'hi')}
              {textField(index, 'source', 'en')}
              {textField(index, 'romanization')}
              {textField(index, 'meaning', 'en')}
              <label>
                {t('entries.pos')}
                <select
                  value={decision.entry.pos}
                  onChange={(event) => editEntry(index, { pos: event.target.value as GlossaryEntry['pos'] })}
                >
                  {partsOfSpeech.map((pos) => (
                    <option key={pos} value={pos}>
                      {pos}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('entries.gender')}
                <select
                  value={decision.entry.gender ?? ''}
                  onChange={(event) =>
                    editEntry(index, { gender: event.target.value === '' ? undefined : (event.target.value as 'm' | 'f') })
                  }
                >
                  <option value="">{t('entries.noGender')}</option>
                  <option value="m">m</option>
                  <option value="f">f</option>
                </select>
              </label>
            </div>
            <p className="entry-example">
              {t('entries.example')}: <span lang="hi">{decision.entry.usage?.replace(/^Seen in: /, '')}</span>
            </p>
            <p>
              <button
                type="button"
                className="button"
                aria-pressed={decision.status === 'accepted'}
                onClick={() => update(index, (current) => ({ ...current, status: 'accepted' }))}
              >
                {t('entries.accept')}
              </button>{' '}
              <button
                type="button"
                className="button"
                aria-pressed={decision.status === 'rejected'}
                onClick={() => update(index, (current) => ({ ...current, status: 'rejected' }))}
              >
                {t('entries.reject')}
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
