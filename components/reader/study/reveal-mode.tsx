'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { readStored, removeStored, writeStored } from '@/lib/browser-storage';
import {
  hidePairs,
  maxRevealsPerRequest,
  parseStoredReveals,
  revealModeAttribute,
  revealModeOn,
  revealModeStorageKey,
  revealPairs,
  revealStorageKey,
  serializeStoredReveals,
  shownPairs,
  unhidePairs,
  type StoredReveals,
} from '@/lib/reveal';
import type { StudyToolProps } from './passage-ref';
import { isToolKey } from './keys';
import './reveal-mode.css';

/** Told to this tab's other readers of the same storage when it writes; `storage` tells other tabs. */
const storageChanged = 'sahpath:reveal-storage';
const revealedClass = 'is-revealed';
const revealsUrl = '/api/study/reveals';

/** One pair of the text whose English reveal mode can hide. */
interface HideablePair {
  key: number;
  pair: HTMLElement;
  english: HTMLElement;
}

/** Where reveals are kept: the browser until the server says whose they are. */
type Keeper = 'checking' | 'browser' | 'account';

function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  document.addEventListener(storageChanged, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    document.removeEventListener(storageChanged, onChange);
  };
}

function writeStorage(key: string, value: string | null): void {
  if (value === null) removeStored(key);
  else writeStored(key, value);
  document.dispatchEvent(new Event(storageChanged));
}

function findReader(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-reader]');
}

function findHideablePairs(root: HTMLElement): HideablePair[] {
  return [...root.querySelectorAll<HTMLElement>('.pair[data-pair-key]')].flatMap((pair) => {
    const english = pair.querySelector<HTMLElement>('.cell--en');
    const key = Number(pair.dataset.pairKey);
    return english?.querySelector('[data-side="en"]') && Number.isInteger(key) ? [{ key, pair, english }] : [];
  });
}


/** The reveals an answer carries, or null when the server did not answer with them. */
async function revealsOf(response: Response): Promise<number[] | null> {
  if (!response.ok) return null;
  const body = (await response.json()) as { revealed?: unknown };
  return Array.isArray(body.revealed) ? body.revealed.filter((key): key is number => Number.isInteger(key)) : null;
}

/**
 * Hides the English column and reveals it pair by pair. What a reader revealed is kept in this
 * browser, or for a signed-in student in the account (the record the classroom counts). Hiding
 * again is only a view of this browser: it never takes a reveal back from the record.
 */
export function RevealMode({ lng, passageRef }: StudyToolProps) {
  const { t } = useTranslation('reveal');
  const storageKey = revealStorageKey(passageRef);

  const on = useSyncExternalStore(
    subscribeToStorage,
    () => readStored(revealModeStorageKey) === revealModeOn,
    () => false,
  );
  const storedRaw = useSyncExternalStore(
    subscribeToStorage,
    () => readStored(storageKey),
    () => null,
  );
  const stored = useMemo(() => parseStoredReveals(storedRaw), [storedRaw]);

  const [pairs, setPairs] = useState<HideablePair[]>([]);
  const [currentKey, setCurrentKey] = useState<number | undefined>(undefined);
  const [recorded, setRecorded] = useState<number[]>([]);
  const [keeper, setKeeper] = useState<Keeper>('checking');
  const [announcement, setAnnouncement] = useState('');
  const [saveFailed, setSaveFailed] = useState(false);
  /** A pair whose sentence takes the focus once its English is shown or hidden, so focus is never lost. */
  const focusNext = useRef<{ key: number; side: 'hi' | 'en' } | null>(null);

  const shown = useMemo(() => shownPairs(stored, recorded), [stored, recorded]);
  const numberOf = (key: number) => key + 1;

  // The text is the server's: find its pairs once, and follow which one is current.
  useEffect(() => {
    const root = findReader();
    if (!root) return;
    setPairs(findHideablePairs(root));
    const readCurrent = () => {
      const key = root.querySelector<HTMLElement>('.pair.is-current')?.dataset.pairKey;
      setCurrentKey(key === undefined ? undefined : Number(key));
    };
    readCurrent();
    const observer = new MutationObserver(readCurrent);
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, []);

  // A signed-in student's reveals live in the account; anyone else's stay in this browser.
  useEffect(() => {
    const controller = new AbortController();
    const query = new URLSearchParams({ source: passageRef.source, ref: passageRef.ref });
    fetch(`${revealsUrl}?${query}`, { signal: controller.signal, headers: { accept: 'application/json' } })
      .then(async (response) => {
        const revealed = await revealsOf(response);
        if (revealed) setRecorded(revealed);
        setKeeper(revealed ? 'account' : 'browser');
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.error('reveals could not be read from the account', error);
        setKeeper('browser');
      });
    return () => controller.abort();
  }, [passageRef.source, passageRef.ref]);

  // The mode is an attribute on <html>, as the inline script sets it before the first paint.
  useEffect(() => {
    document.documentElement.toggleAttribute(revealModeAttribute, on);
  }, [on]);

  useEffect(() => {
    for (const { key, pair } of pairs) pair.classList.toggle(revealedClass, shown.has(key));
    const next = focusNext.current;
    focusNext.current = null;
    if (!next) return;
    const pair = pairs.find((candidate) => candidate.key === next.key)?.pair;
    pair?.querySelector<HTMLElement>(`[data-side="${next.side}"]`)?.focus();
  }, [pairs, shown]);

  // Each change starts from what is stored now, not from a render's copy, so quick taps and
  // answers arriving later never undo one another.
  const updateStored = useCallback(
    (change: (before: StoredReveals) => StoredReveals) =>
      writeStorage(storageKey, serializeStoredReveals(change(parseStoredReveals(readStored(storageKey))))),
    [storageKey],
  );

  // Reveals made while the account is still being asked are sent once it answers, so the
  // teacher's count never misses them.
  const revealedWhileChecking = useRef<number[]>([]);

  const reveal = useCallback(
    (keys: number[]) => {
      if (keeper !== 'account') {
        if (keeper === 'checking') revealedWhileChecking.current.push(...keys);
        updateStored((before) => revealPairs(before, keys));
        return;
      }
      updateStored((before) => unhidePairs(before, keys));
      const known = new Set(recorded);
      const fresh = keys.filter((key) => !known.has(key));
      if (fresh.length === 0) return;
      setRecorded((before) => [...new Set([...before, ...fresh])]);
      const keepHere = () => {
        setSaveFailed(true);
        updateStored((before) => revealPairs(before, fresh));
      };
      for (let start = 0; start < fresh.length; start += maxRevealsPerRequest) {
        const sentences = fresh.slice(start, start + maxRevealsPerRequest);
        fetch(revealsUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ source: passageRef.source, ref: passageRef.ref, sentences, lng }),
        })
          .then(async (response) => {
            const revealed = await revealsOf(response);
            if (!revealed) {
              // Signed out since the page opened: from now on this browser keeps the reveals.
              if (response.status === 401) setKeeper('browser');
              keepHere();
              return;
            }
            setSaveFailed(false);
            setRecorded((before) => [...new Set([...before, ...revealed])]);
          })
          .catch((error: unknown) => {
            console.error('a reveal could not be saved to the account', error);
            keepHere();
          });
      }
    },
    [keeper, lng, passageRef.ref, passageRef.source, recorded, updateStored],
  );

  useEffect(() => {
    if (keeper === 'checking') return;
    const waiting = revealedWhileChecking.current;
    revealedWhileChecking.current = [];
    if (keeper === 'account' && waiting.length > 0) reveal(waiting);
  }, [keeper, reveal]);

  const toggle = useCallback(
    (key: number, moveFocus: boolean) => {
      const showing = !shown.has(key);
      if (moveFocus) focusNext.current = { key, side: showing ? 'en' : 'hi' };
      if (showing) reveal([key]);
      else updateStored((before) => hidePairs(before, [key]));
      setAnnouncement(t(showing ? 'announce.shown' : 'announce.hidden', { number: numberOf(key) }));
    },
    [reveal, updateStored, shown, t],
  );

  // Key e shows, or hides again, the English of the pair being read.
  useEffect(() => {
    if (!on) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isToolKey(event, 'e')) return;
      const root = findReader();
      const within = event.target instanceof Element ? event.target.closest<HTMLElement>('.pair[data-pair-key]') : null;
      const pair = within && root?.contains(within) ? within : root?.querySelector<HTMLElement>('.pair.is-current[data-pair-key]');
      const key = pair ? Number(pair.dataset.pairKey) : NaN;
      if (!pairs.some((candidate) => candidate.key === key)) return;
      event.preventDefault();
      const active = document.activeElement;
      toggle(key, active instanceof Node && Boolean(pair?.querySelector('.cell--en')?.contains(active)));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [on, pairs, toggle]);

  const setMode = (next: boolean) => writeStorage(revealModeStorageKey, next ? revealModeOn : null);
  const revealAll = () => {
    reveal(pairs.map((pair) => pair.key));
    setAnnouncement(t('announce.allShown'));
  };
  const hideAll = () => {
    updateStored((before) => hidePairs(before, shown));
    setAnnouncement(t('announce.allHidden'));
  };
  const shownCount = pairs.filter((pair) => shown.has(pair.key)).length;

  return (
    <div className="reveal-mode" role="group" aria-label={t('toolbar')} data-reveal-keeper={keeper}>
      <label className="reveal-switch" title={t('modeHint')}>
        <input type="checkbox" checked={on} onChange={(event) => setMode(event.target.checked)} aria-describedby="reveal-hint" />
        {t('mode')}
      </label>
      <span id="reveal-hint" className="reveal-visually-hidden">
        {t('modeHint')}
      </span>
      <span className="reveal-when-on">
        <button type="button" className="reveal-action" onClick={revealAll}>
          {t('revealAll')}
        </button>
        <button type="button" className="reveal-action" onClick={hideAll}>
          {t('hideAll')}
        </button>
        <span className="reveal-progress">
          {t('progress', { shown: shownCount, total: pairs.length })}{' '}
          {keeper === 'account' && !saveFailed ? t('keptInAccount') : t('keptInBrowser')}
        </span>
      </span>
      <span className="reveal-visually-hidden" role="status" aria-live="polite">
        {saveFailed ? t('saveFailed') : announcement}
      </span>
      {on
        ? pairs.map(({ key, english }) =>
            shown.has(key)
              ? null
              : createPortal(
                  <button
                    type="button"
                    className="reveal-show"
                    data-reveal-show
                    tabIndex={currentKey === undefined || currentKey === key ? 0 : -1}
                    aria-label={t('showLabel', { number: numberOf(key) })}
                    onClick={() => toggle(key, true)}
                  >
                    {t('show')}
                  </button>,
                  english,
                  `reveal-${key}`,
                ),
          )
        : null}
    </div>
  );
}
