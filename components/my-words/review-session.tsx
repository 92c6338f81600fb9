'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type Lng } from '@/lib/i18n';
import { dueCards, nextDueAt, ratings, type DueCard, type ReviewRating, type SavedItem } from '@/lib/my-words';
import { describeMyWordsError, MyWordsError, rateInMyWords, type WordsPlace } from './store';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function promptOf(card: DueCard): { text: string; lang: 'hi' | 'en' } {
  if (card.direction === 'hi-en') return { text: card.item.hindi, lang: 'hi' };
  return { text: card.item.english || card.item.contextEnglish, lang: 'en' };
}

function answerOf(card: DueCard): { text: string; lang: 'hi' | 'en' } {
  if (card.direction === 'hi-en') return { text: card.item.english || card.item.contextEnglish, lang: 'en' };
  return { text: card.item.hindi, lang: 'hi' };
}

/**
 * One card at a time, the longest due first: the prompt, Space (or the button) for the answer,
 * then 1–4 for Again, Hard, Good, Easy. Each direction of an item is its own card.
 */
export function ReviewSession({
  lng,
  place,
  items,
  onRated,
}: {
  lng: Lng;
  place: WordsPlace;
  items: readonly SavedItem[];
  onRated: (item: SavedItem) => void;
}) {
  const { t } = useTranslation('mywords');
  const [now, setNow] = useState(() => new Date());
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const promptRef = useRef<HTMLDivElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const due = dueCards(items, now);
  const card = due[0];

  const reveal = () => {
    setRevealed(true);
    window.requestAnimationFrame(() => answerRef.current?.focus());
  };

  const answer = async (rating: ReviewRating) => {
    if (!card || busy) return;
    setBusy(true);
    try {
      const rated = await rateInMyWords(lng, place, card.item, card.direction, rating);
      onRated(rated);
      setStatus(t('review.rated', { rating: t(`review.${rating}`), when: formatDateTime(lng, rated.review[card.direction].due) }));
      setRevealed(false);
      setNow(new Date());
      window.requestAnimationFrame(() => promptRef.current?.focus());
    } catch (error) {
      if (!(error instanceof MyWordsError)) throw error;
      setStatus(describeMyWordsError(error, t));
      if (error.current) {
        onRated(error.current);
        setRevealed(false);
        setNow(new Date());
      }
    } finally {
      setBusy(false);
    }
  };

  const keys = useRef({ reveal, answer, revealed, hasCard: Boolean(card) });
  keys.current = { reveal, answer, revealed, hasCard: Boolean(card) };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || !keys.current.hasCard) return;
      if (event.key === ' ' && !keys.current.revealed) {
        // A focused button answers Space itself.
        if (event.target instanceof HTMLElement && event.target.closest('button, a')) return;
        event.preventDefault();
        keys.current.reveal();
        return;
      }
      const index = ['1', '2', '3', '4'].indexOf(event.key);
      const rating = ratings[index];
      if (rating && keys.current.revealed) {
        event.preventDefault();
        void keys.current.answer(rating);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const next = card ? null : nextDueAt(items, now);
  return (
    <section className="my-words-review" aria-labelledby="my-words-review-heading">
      <h2 id="my-words-review-heading">{t('review.heading')}</h2>
      <p className="my-words-due-count" data-due={due.length}>
        {t('review.due', { count: due.length })}
      </p>
      {card ? (
        <div className="review-card" data-direction={card.direction}>
          <p className="review-direction">{t(`review.direction.${card.direction}`)}</p>
          <div className="review-prompt" ref={promptRef} tabIndex={-1} aria-label={card.direction === 'hi-en' ? t('review.prompt') : t('review.promptEnglish')}>
            <p lang={promptOf(card).lang} className={`review-text review-text--${promptOf(card).lang}`}>
              {promptOf(card).text}
            </p>
          </div>
          {revealed ? (
            <>
              <div className="review-answer" ref={answerRef} tabIndex={-1} aria-label={t('review.answer')}>
                <p lang={answerOf(card).lang} className={`review-text review-text--${answerOf(card).lang}`}>
                  {answerOf(card).text}
                </p>
                {card.item.kind !== 'sentence' && card.item.contextHindi ? (
                  <p className="review-context" lang="hi">
                    {card.item.contextHindi}
                  </p>
                ) : null}
              </div>
              <div className="review-ratings" role="group" aria-label={t('review.rateLabel')}>
                {ratings.map((rating, index) => (
                  <button key={rating} type="button" className="button" data-rating={rating} disabled={busy} onClick={() => void answer(rating)}>
                    <span className="review-key" aria-hidden="true">
                      {index + 1}
                    </span>{' '}
                    {t(`review.${rating}`)}
                  </button>
                ))}
              </div>
            </>
          ) : (
            <div className="review-reveal">
              <button type="button" className="button button--primary" onClick={reveal}>
                {t('review.reveal')}
              </button>
              <span className="my-words-hint">{t('review.revealHint')}</span>
            </div>
          )}
        </div>
      ) : (
        <p className="review-nothing">
          {items.length === 0 ? t('review.nothingToReview') : t('review.nothingDue')}{' '}
          {next ? t('review.nextDue', { when: formatDateTime(lng, next) }) : null}
        </p>
      )}
      <p className="my-words-live" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
