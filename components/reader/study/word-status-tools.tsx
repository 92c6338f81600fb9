'use client';

import { useEffect, useId, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  checkDictionaryTemplate,
  countStatuses,
  defaultDictionaryTemplates,
  dictionaryIds,
  maxTemplateLength,
  wordFamily,
  type DictionaryId,
  type DictionaryTemplates,
  type StatusCounts,
  type TemplateProblem,
  type WordStatusMap,
} from '@/lib/words';
import type { StudyToolProps } from './passage-ref';
import { loadWordStatuses, readDictionaryTemplates, subscribeWordStatuses, writeDictionaryTemplates, type WordStatusState } from './word-status-store';
import './word-status.css';

/** The family of each word and term of the text, worked out once and kept on the element. */
function familyOf(element: HTMLElement): string {
  if (element.dataset.family === undefined) {
    const text = (element.querySelector('.term-link') ?? element).textContent ?? '';
    element.dataset.family = wordFamily(text);
  }
  return element.dataset.family;
}

/** Marks every word and term of the text with its family's status (none for new) and counts the passage's families. */
function markStatuses(root: HTMLElement, statuses: WordStatusMap): StatusCounts {
  const families: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-side="hi"] .w, [data-side="hi"] .term')) {
    const family = familyOf(element);
    families.push(family);
    const status = family ? statuses.get(family) : undefined;
    if (status) element.dataset.status = status;
    else delete element.dataset.status;
  }
  return countStatuses(families, statuses);
}

/** What the learner knows of the passage's words: counts per status, and the dictionary links the word card offers. */
export function WordStatusTools(_props: StudyToolProps) {
  const { t } = useTranslation('words');
  const [counts, setCounts] = useState<StatusCounts | null>(null);
  const [storage, setStorage] = useState<WordStatusState['storage']>('loading');
  // The settings sit after the text, so the tab order from the bar into the text stays one step.
  const [settingsHost, setSettingsHost] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-reader]');
    if (!root) return;
    const host = document.createElement('div');
    host.className = 'word-settings-host';
    root.append(host);
    setSettingsHost(host);
    const show = (state: WordStatusState) => {
      setCounts(markStatuses(root, state.statuses));
      setStorage(state.storage);
    };
    const unsubscribe = subscribeWordStatuses(show);
    loadWordStatuses().then(show, (error: unknown) => console.error(error));
    return () => {
      unsubscribe();
      host.remove();
    };
  }, []);

  return (
    <div className="word-status-tools">
      {/* The line is there before the counts are, so the text below does not move when they come. */}
      <p className="word-counts" aria-live="polite">
        {counts ? (
          <>
            <span className="word-counts-label">{t('counts.label')}:</span>{' '}
            <span data-count="new">{t('counts.new', { count: counts.new })}</span>
            {' · '}
            <span data-count="learning" className="word-counts-learning">
              {t('counts.learning', { count: counts.learning })}
            </span>
            {' · '}
            <span data-count="known">{t('counts.known', { count: counts.known })}</span>
            {storage === 'loading' ? null : <span className="word-counts-storage"> {t(storage === 'account' ? 'counts.account' : 'counts.local')}</span>}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
      {settingsHost
        ? createPortal(
            <details className="word-settings">
              <summary>{t('settings.summary')}</summary>
              <p className="word-counts-key">{t('counts.key')}</p>
              <DictionarySettings />
            </details>,
            settingsHost,
          )
        : null}
    </div>
  );
}

type Problems = Partial<Record<DictionaryId, TemplateProblem>>;

/** The dictionary addresses, each checked: an http(s) address holding {word}; kept in this browser. */
function DictionarySettings() {
  const { t } = useTranslation('words');
  const id = useId();
  const [templates, setTemplates] = useState<DictionaryTemplates>(defaultDictionaryTemplates);
  const [problems, setProblems] = useState<Problems>({});
  const [message, setMessage] = useState('');

  useEffect(() => setTemplates(readDictionaryTemplates()), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Problems = {};
    for (const dictionary of dictionaryIds) {
      const problem = checkDictionaryTemplate(templates[dictionary]);
      if (problem) found[dictionary] = problem;
    }
    setProblems(found);
    const first = dictionaryIds.find((dictionary) => found[dictionary]);
    if (first) {
      setMessage('');
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    const trimmed = Object.fromEntries(dictionaryIds.map((dictionary) => [dictionary, templates[dictionary].trim()])) as DictionaryTemplates;
    writeDictionaryTemplates(trimmed);
    setTemplates(trimmed);
    setMessage(t('settings.saved'));
  };

  const onReset = () => {
    writeDictionaryTemplates(null);
    setTemplates(defaultDictionaryTemplates);
    setProblems({});
    setMessage(t('settings.restored'));
  };

  return (
    <form className="dictionary-settings" onSubmit={onSubmit} noValidate>
      <p className="dictionary-settings-intro">{t('settings.intro')}</p>
      {dictionaryIds.map((dictionary) => {
        const inputId = `${id}-${dictionary}`;
        const problem = problems[dictionary];
        return (
          <div key={dictionary} className="dictionary-field">
            <label htmlFor={inputId}>{t(`dictionaries.${dictionary}`)}</label>
            <input
              id={inputId}
              type="url"
              inputMode="url"
              spellCheck={false}
              value={templates[dictionary]}
              maxLength={maxTemplateLength * 2}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${inputId}-problem` : undefined}
              onChange={(event) => {
                const value = event.target.value;
                setTemplates((previous) => ({ ...previous, [dictionary]: value }));
              }}
            />
            {problem ? (
              <span id={`${inputId}-problem`} className="dictionary-problem">
                {t(`settings.problem.${problem}`, { max: maxTemplateLength })}
              </span>
            ) : null}
          </div>
        );
      })}
      <div className="dictionary-actions">
        <button type="submit">{t('settings.save')}</button>
        <button type="button" onClick={onReset}>
          {t('settings.reset')}
        </button>
      </div>
      <p className="dictionary-message" role="status">
        {message}
      </p>
    </form>
  );
}
