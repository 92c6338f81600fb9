'use client';

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { totalStatuses } from '@/lib/words';
import { loadWordStatuses, type WordStatusState } from '@/components/reader/study/word-status-store';

/** How many word families the learner knows, over every passage; shown once the statuses are loaded. */
export function WordsKnown() {
  const { t } = useTranslation('words');
  const [state, setState] = useState<WordStatusState | null>(null);
  useEffect(() => {
    loadWordStatuses().then(setState, (error: unknown) => console.error(error));
  }, []);
  if (!state) return null;
  const totals = totalStatuses(state.statuses);
  return (
    <p className="words-known" data-words-known={totals.known}>
      <strong>{t('library.known', { count: totals.known })}</strong> · {t('library.learning', { count: totals.learning })} (
      {t(state.storage === 'account' ? 'library.account' : 'library.local')})
    </p>
  );
}
