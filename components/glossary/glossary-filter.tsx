'use client';

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toSearchKey } from '@/lib/glossary/search';

interface OriginOption {
  value: string;
  label: string;
}

/** Filters the server-rendered glossary list in place; without JavaScript the whole list shows. */
export function GlossaryFilter({ listId, origins }: { listId: string; origins: readonly OriginOption[] }) {
  const { t } = useTranslation('glossary');
  const [query, setQuery] = useState('');
  const [origin, setOrigin] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  const inputId = useId();
  const selectId = useId();

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    const key = toSearchKey(query);
    let visible = 0;
    for (const item of list.querySelectorAll<HTMLElement>('[data-search]')) {
      const matches =
        (origin === '' || item.dataset.origin === origin) && (key === '' || (item.dataset.search ?? '').includes(key));
      item.hidden = !matches;
      if (matches) visible += 1;
    }
    setShown(visible);
  }, [listId, query, origin]);

  return (
    <div className="glossary-tools" role="search">
      <label htmlFor={inputId}>
        {t('search.label')}
        <input
          id={inputId}
          type="search"
          value={query}
          placeholder={t('search.placeholder')}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <label htmlFor={selectId}>
        {t('search.origin')}
        <select id={selectId} value={origin} onChange={(event) => setOrigin(event.target.value)}>
          <option value="">{t('search.allOrigins')}</option>
          {origins.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <p className="glossary-status" role="status" aria-live="polite">
        {shown === null ? null : shown === 0 ? t('search.none') : t('search.shown', { count: shown })}
      </p>
    </div>
  );
}
