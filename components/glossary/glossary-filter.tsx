'use client';

import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  glossarySearchFor,
  listGlossaryMatches,
  type GlossaryMatches,
  type GlossarySearchDocument,
} from '@/lib/glossary/search';
import type { Lng } from '@/lib/i18n';
import { GlossaryList } from './glossary-list';

interface OriginOption {
  value: string;
  label: string;
}

/**
 * The glossary's search form and its list. The server answers the form (`?q=…&origin=…`) with the
 * same search, so it works without JavaScript; with it, the list follows every keystroke, ranked,
 * and the address keeps the query so that a reload or the other language shows the same list.
 */
export function GlossaryFilter({
  lng,
  listId,
  documents,
  origins,
  initialQuery,
  initialOrigin,
  initialMatches,
}: {
  lng: Lng;
  listId: string;
  documents: readonly GlossarySearchDocument[];
  origins: readonly OriginOption[];
  initialQuery: string;
  initialOrigin: string;
  /** What the server found for the initial query and origin: the first render needs no index. */
  initialMatches: GlossaryMatches;
}) {
  const { t } = useTranslation('glossary');
  const [query, setQuery] = useState(initialQuery);
  const [origin, setOrigin] = useState(initialOrigin);
  const inputId = useId();
  const selectId = useId();

  const matches = useMemo(
    () =>
      query === initialQuery && origin === initialOrigin
        ? initialMatches
        : listGlossaryMatches(glossarySearchFor(documents), documents, query, origin),
    [documents, query, origin, initialQuery, initialOrigin, initialMatches],
  );
  const documentsById = useMemo(() => new Map(documents.map((document) => [document.id, document])), [documents]);
  const originLabels = useMemo(() => Object.fromEntries(origins.map((option) => [option.value, option.label])), [origins]);
  const items = matches.ids.flatMap((id) => documentsById.get(id) ?? []);

  useEffect(() => {
    const url = new URL(window.location.href);
    setSearchParam(url, 'q', query.trim() === '' ? '' : query);
    setSearchParam(url, 'origin', origin);
    if (url.search !== window.location.search) window.history.replaceState(null, '', url);
  }, [query, origin]);

  const searched = query.trim();
  const status = !matches.searched
    ? t('search.shown', { count: items.length })
    : items.length === 0
      ? t('search.none', { query: searched })
      : t('search.found', { count: items.length, query: searched });

  return (
    <>
      <form className="glossary-tools" role="search" method="get" onSubmit={preventReload}>
        <label htmlFor={inputId}>
          {t('search.label')}
          <input
            id={inputId}
            name="q"
            type="search"
            value={query}
            placeholder={t('search.placeholder')}
            onChange={(event) => setQuery(event.target.value)}
            // The index is built when the learner comes to the box, not on the first key they type.
            onFocus={() => glossarySearchFor(documents)}
            aria-controls={listId}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <label htmlFor={selectId}>
          {t('search.origin')}
          <select
            id={selectId}
            name="origin"
            value={origin}
            onChange={(event) => setOrigin(event.target.value)}
            aria-controls={listId}
          >
            <option value="">{t('search.allOrigins')}</option>
            {origins.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">{t('search.submit')}</button>
      </form>
      <p className="glossary-status" role="status" aria-live="polite">
        {status}
      </p>
      <GlossaryList
        lng={lng}
        listId={listId}
        items={items}
        originLabels={originLabels}
        unreviewedLabel={t('unreviewedShort')}
      />
    </>
  );
}

// With JavaScript the list already shows what the form would ask the server for.
function preventReload(event: FormEvent<HTMLFormElement>) {
  event.preventDefault();
}

function setSearchParam(url: URL, name: string, value: string) {
  if (value === '') url.searchParams.delete(name);
  else url.searchParams.set(name, value);
}
