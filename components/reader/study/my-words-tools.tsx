'use client';

import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewSavedItem } from '@/lib/my-words';
import { describeMyWordsError, loadMyWords, MyWordsError, saveToMyWords, type WordsPlace } from '@/components/my-words/store';
import { saveItemEvent, type SaveItemDetail } from './events';
import type { ReaderPassageRef, StudyToolProps } from './passage-ref';
import { isToolKey } from './keys';
import './my-words-tools.css';

function textOf(elements: Iterable<Element>): string {
  return Array.from(elements, (element) => element.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The current pair's sentences, both sides, as a saved sentence (the first pair before any is chosen). */
function currentSentence(root: Element, passageRef: ReaderPassageRef): NewSavedItem | null {
  const pair = root.querySelector<HTMLElement>('.pair.is-current') ?? root.querySelector<HTMLElement>('.pair');
  if (!pair) return null;
  const hindiParts = pair.querySelectorAll('[data-side="hi"]');
  const hindi = textOf(hindiParts);
  if (!hindi) return null;
  const english = textOf(pair.querySelectorAll('[data-side="en"]'));
  const sentence = Number(pair.dataset.pairKey);
  return {
    kind: 'sentence',
    hindi,
    english,
    entryId: null,
    contextHindi: hindi,
    contextEnglish: english,
    passage: Number.isInteger(sentence) ? { ...passageRef, sentence } : null,
  };
}

function itemOfDetail(detail: SaveItemDetail, passageRef: ReaderPassageRef): NewSavedItem {
  return {
    kind: detail.kind,
    hindi: detail.hindi,
    english: detail.english,
    entryId: detail.entryId ?? null,
    contextHindi: detail.context.hindi,
    contextEnglish: detail.context.english,
    passage: Number.isInteger(detail.context.sentence) ? { ...passageRef, sentence: detail.context.sentence } : null,
  };
}


/**
 * Saves terms, words and sentences to My words: the bar's "Save sentence" button and key `s`
 * save the current sentence; the word card asks through `sahpath:save-item`. Shows a link to My
 * words with the count, and says in a live region what became of each save.
 */
export function MyWordsTools({ lng, passageRef }: StudyToolProps) {
  const { t } = useTranslation('mywords');
  const [place, setPlace] = useState<WordsPlace | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const placeRef = useRef<WordsPlace | null>(null);

  useEffect(() => {
    let current = true;
    loadMyWords().then(
      (loaded) => {
        if (!current) return;
        placeRef.current = loaded.place;
        setPlace(loaded.place);
        setCount(loaded.items.length);
      },
      (error: unknown) => {
        if (!(error instanceof MyWordsError)) throw error;
        if (current) setStatus(describeMyWordsError(error, t));
      },
    );
    return () => {
      current = false;
    };
  }, [t]);

  const save = useCallback(
    async (input: NewSavedItem) => {
      setStatus(t('saving'));
      try {
        const result = await saveToMyWords(lng, input, placeRef.current);
        placeRef.current = result.place;
        setPlace(result.place);
        if (result.count !== null) setCount(result.count);
        else if (result.created) setCount((previous) => (previous ?? 0) + 1);
        setStatus(result.created ? t('saved') : t('alreadySaved'));
      } catch (error) {
        if (!(error instanceof MyWordsError)) throw error;
        setStatus(describeMyWordsError(error, t));
      }
    },
    [lng, t],
  );

  useEffect(() => {
    const root = document.querySelector('[data-reader]');
    if (!root) return;
    const saveCurrent = () => {
      const input = currentSentence(root, passageRef);
      if (input) void save(input);
    };
    const onClick = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('button.sentence-tool[data-tool="save"]')) saveCurrent();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isToolKey(event, 's')) return;
      event.preventDefault();
      saveCurrent();
    };
    const onSaveRequest = (event: Event) => {
      if (event instanceof CustomEvent) void save(itemOfDetail(event.detail as SaveItemDetail, passageRef));
    };
    root.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener(saveItemEvent, onSaveRequest);
    return () => {
      root.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener(saveItemEvent, onSaveRequest);
    };
  }, [passageRef, save]);

  return (
    <div className="my-words-tools" data-words-place={place ?? undefined}>
      <Link className="my-words-link" href={`/${lng}/words`} prefetch={false}>
        {count === null ? t('link') : t('linkCount', { count })}
      </Link>
      <span className="my-words-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
