'use client';

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type Lng } from '@/lib/i18n';
import { ankiFileName, toAnkiText, type SavedItem } from '@/lib/my-words';
import { sentenceAnchor } from '@/lib/reader/anchors';
import { describeMyWordsError, deleteFromMyWords, loadMyWords, MyWordsError, type WordsPlace } from './store';
import { ReviewSession } from './review-session';
import './my-words.css';

/** Where an item's sentence is read, as a path of this site: the passage at that Hindi sentence. */
export function sourcePath(lng: Lng, item: SavedItem): string | null {
  if (!item.passage) return null;
  const { source, ref, sentence } = item.passage;
  const page = source === 'library' ? `/${lng}/read/${encodeURIComponent(ref)}` : `/${lng}/passages/${encodeURIComponent(ref)}`;
  return `${page}#${sentenceAnchor(sentence)}`;
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; place: WordsPlace; items: SavedItem[] };

/** The My words page: review first, then the list with delete and the export for Anki. */
export function MyWordsPage({ lng }: { lng: Lng }) {
  const { t } = useTranslation('mywords');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [status, setStatus] = useState('');

  useEffect(() => {
    let current = true;
    loadMyWords().then(
      ({ place, items }) => {
        if (current) setLoaded({ state: 'ready', place, items });
      },
      (error: unknown) => {
        if (!(error instanceof MyWordsError)) throw error;
        if (current) setLoaded({ state: 'failed', message: describeMyWordsError(error, t) });
      },
    );
    return () => {
      current = false;
    };
  }, [t]);

  const replace = useCallback((next: SavedItem) => {
    setLoaded((previous) =>
      previous.state === 'ready' ? { ...previous, items: previous.items.map((item) => (item.id === next.id ? next : item)) } : previous,
    );
  }, []);

  if (loaded.state === 'loading') return <p role="status">{t('loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{loaded.message}</p>;
  const { place, items } = loaded;

  const remove = async (item: SavedItem) => {
    try {
      await deleteFromMyWords(lng, place, item.id);
      setLoaded({ state: 'ready', place, items: items.filter((other) => other.id !== item.id) });
      setStatus(t('deleted', { hindi: item.hindi }));
    } catch (error) {
      if (!(error instanceof MyWordsError)) throw error;
      setStatus(describeMyWordsError(error, t));
    }
  };

  const exportItems = () => {
    const origin = window.location.origin;
    const text = toAnkiText(items, {
      deck: 'Sahpath',
      describeSource: (item) => {
        const path = sourcePath(lng, item);
        return path ? `${origin}${path}` : '';
      },
    });
    download(text, ankiFileName);
    setStatus(t('exported'));
  };

  return (
    <div className="my-words" data-words-place={place}>
      <p className="my-words-place">{place === 'account' ? t('storedInAccount') : t('storedInBrowser')}</p>
      <p className="my-words-live" role="status" aria-live="polite">
        {status}
      </p>
      <ReviewSession lng={lng} place={place} items={items} onRated={replace} />
      <section className="my-words-list" aria-labelledby="my-words-list-heading">
        <h2 id="my-words-list-heading">{t('listHeading')}</h2>
        {items.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <>
            <p>{t('count', { count: items.length })}</p>
            <div className="my-words-export">
              <button type="button" className="button" onClick={exportItems}>
                {t('export')}
              </button>
              <span className="my-words-hint">{t('exportHint')}</span>
            </div>
            <ul className="my-words-items">
              {items.map((item) => {
                const path = sourcePath(lng, item);
                return (
                  <li key={item.id} className="my-words-item" data-kind={item.kind}>
                    <p className="my-words-kind">{t(`kind.${item.kind}`)}</p>
                    <p className="my-words-hindi" lang="hi">
                      {item.hindi}
                    </p>
                    {item.english ? (
                      <p className="my-words-english" lang="en">
                        {item.english}
                      </p>
                    ) : null}
                    {item.kind !== 'sentence' && item.contextHindi ? (
                      <p className="my-words-context">
                        <span className="my-words-label">{t('columns.context')}: </span>
                        <span lang="hi">{item.contextHindi}</span>
                        {item.contextEnglish ? (
                          <>
                            {' — '}
                            <span lang="en">{item.contextEnglish}</span>
                          </>
                        ) : null}
                      </p>
                    ) : null}
                    <div className="my-words-actions">
                      {path ? <a href={path}>{t('source')}</a> : null}
                      <button type="button" className="button" aria-label={t('deleteLabel', { hindi: item.hindi })} onClick={() => void remove(item)}>
                        {t('delete')}
                      </button>
                    </div>
                    <p className="my-words-due">
                      {t('review.direction.hi-en')}: {formatDateTime(lng, item.review['hi-en'].due)} · {t('review.direction.en-hi')}:{' '}
                      {formatDateTime(lng, item.review['en-hi'].due)}
                    </p>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
