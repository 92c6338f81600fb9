'use client';

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { partsOfSpeech, type GlossaryEntry } from '@/lib/glossary';
import { isPlaceholderMeaning } from '@/lib/importer/browser';

export interface EntryDecision {
  entry: GlossaryEntry;
  status: 'pending' | 'accepted' | 'rejected';
  /** The gender is still the import's guess from the spelling: no person has chosen or accepted it. */
  genderGuessed: boolean;
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
  const idPrefix = useId();
  const update = (index: number, change: (decision: EntryDecision) => EntryDecision) =>
    onChange(decisions.map((decision, position) => (position === index ? change(decision) : decision)));
  const editEntry = (index: number, patch: Partial<GlossaryEntry>) =>
    update(index, (decision) => {
      const entry = { ...decision.entry, ...patch };
      if (patch.headword !== undefined) entry.forms = [patch.headword, ...decision.entry.forms.filter((f) => f !== decision.entry.headword)];
      if (patch.source !== undefined) entry.english = [patch.source];
      return { ...decision, entry, genderGuessed: decision.genderGuessed && !('gender' in patch) };
    });

  const textField = (index: number, field: EditableField, lang?: string, describedBy?: string) => (
    <label>
      {t(`entries.${field}`)}
      <input
        lang={lang}
        value={decisions[index]?.entry[field] ?? ''}
        aria-describedby={describedBy}
        onChange={(event) => editEntry(index, { [field]: event.target.value })}
      />
    </label>
  );

  return (
    <section aria-labelledby="entries-title" className="entry-review">
      <h2 id="entries-title">{t('entries.title')}</h2>
      {decisions.length === 0 ? <p>{t('entries.none')}</p> : null}
      <ul className="entry-cards">
        {decisions.map((decision, index) => {
          const meaningHintId = `${idPrefix}-meaning-${index}`;
          const genderHintId = `${idPrefix}-gender-${index}`;
          const needsMeaning = isPlaceholderMeaning(decision.entry.meaning);
          return (
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
                <div className="field-with-hint">
                  {textField(index, 'meaning', 'en', needsMeaning ? meaningHintId : undefined)}
                  {needsMeaning ? (
                    <p id={meaningHintId} className="field-hint" data-testid="meaning-hint">
                      {t('entries.meaningPlaceholder')}
                    </p>
                  ) : null}
                </div>
                <label>
                  {t('entries.pos')}
                  <select
                    value={decision.entry.pos}
                    onChange={(event) => editEntry(index, { pos: event.target.value as GlossaryEntry['pos'] })}
                  >
                    {partsOfSpeech.map((pos) => (
                      <option key={pos} value={pos}>
                        {t(`entries.posOptions.${pos}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <div className="field-with-hint">
                  <label>
                    {t('entries.gender')}
                    <select
                      value={decision.entry.gender ?? ''}
                      aria-describedby={decision.genderGuessed ? genderHintId : undefined}
                      onChange={(event) =>
                        editEntry(index, { gender: event.target.value === '' ? undefined : (event.target.value as 'm' | 'f') })
                      }
                    >
                      <option value="">{t('entries.noGender')}</option>
                      <option value="m">{t('entries.genderOptions.m')}</option>
                      <option value="f">{t('entries.genderOptions.f')}</option>
                    </select>
                  </label>
                  {decision.genderGuessed ? (
                    <p id={genderHintId} className="field-hint" data-testid="gender-guessed">
                      {t('entries.genderGuessed')} <span className="badge">{t('alignment.doubtful')}</span>
                    </p>
                  ) : null}
                </div>
              </div>
              <p className="entry-example">
                {t('entries.example')}: <span lang="hi">{decision.entry.usage?.replace(/^Seen in: /, '')}</span>
              </p>
              <p className="entry-actions">
                <button
                  type="button"
                  className="button"
                  aria-pressed={decision.status === 'accepted'}
                  onClick={() => update(index, (current) => ({ ...current, status: 'accepted', genderGuessed: false }))}
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
          );
        })}
      </ul>
    </section>
  );
}
