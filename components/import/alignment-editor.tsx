'use client';

import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOUBTFUL_BELOW, type AlignmentLink } from '@/lib/align/types';
import type { DraftSentence } from '@/lib/content/write';
import { giveLastToNext, mergeWithNext, splitLink, takeFirstFromNext } from '@/lib/importer/edit-links';

export function AlignmentEditor({
  hi,
  en,
  links,
  onChange,
}: {
  hi: readonly DraftSentence[];
  en: readonly DraftSentence[];
  links: readonly AlignmentLink[];
  onChange: (links: AlignmentLink[]) => void;
}) {
  const { t } = useTranslation('import');
  const rowRefs = useRef<Array<HTMLLIElement | null>>([]);
  const doubtful = links.filter((link) => link.score < DOUBTFUL_BELOW).length;

  const focusRow = (index: number) => rowRefs.current[Math.max(0, Math.min(index, links.length - 1))]?.focus();

  const onRowKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    const key = event.key.toLowerCase();
    if (key === 'm') onChange(mergeWithNext(links, index));
    else if (key === 's') onChange(splitLink(links, index));
    else if (event.key === 'ArrowDown') focusRow(index + 1);
    else if (event.key === 'ArrowUp') focusRow(index - 1);
    else return;
    event.preventDefault();
  };

  const renderSide = (indices: readonly number[], sentences: readonly DraftSentence[], lang: 'hi' | 'en') =>
    indices.length === 0 ? (
      <span className="unpaired">{t('alignment.unpaired')}</span>
    ) : (
      indices.map((index) => (
        <span key={index} lang={lang} className="import-sentence">
          {sentences[index]?.text}
        </span>
      ))
    );

  return (
    <section aria-labelledby="alignment-title" className="alignment-editor">
      <h2 id="alignment-title">{t('alignment.title')}</h2>
      <p className="lead" data-testid="alignment-summary">
        {t('alignment.summary', { count: links.length, doubtful })}
      </p>
      <p className="lead">{t('alignment.help')}</p>
      <ol className="link-rows">
        {links.map((link, index) => {
          const isDoubtful = link.score < DOUBTFUL_BELOW;
          const key = `${link.hi.join(',')}|${link.en.join(',')}`;
          const isLast = index === links.length - 1;
          return (
            <li
              key={key}
              ref={(element) => {
                rowRefs.current[index] = element;
              }}
              tabIndex={0}
              className={`link-row${isDoubtful ? ' link-row--doubtful' : ''}`}
              data-testid="link-row"
              data-doubtful={isDoubtful || undefined}
              aria-label={t('alignment.row', { number: index + 1 })}
              onKeyDown={onRowKeyDown(index)}
            >
              <div className="link-cell">{renderSide(link.hi, hi, 'hi')}</div>
              <div className="link-cell">{renderSide(link.en, en, 'en')}</div>
              <div className="link-tools">
                <span className="link-score">
                  {isDoubtful ? <strong className="badge">{t('alignment.doubtful')}</strong> : null}{' '}
                  {t('alignment.confidence', { value: link.score.toFixed(2) })}
                </span>
                <button type="button" onClick={() => onChange(mergeWithNext(links, index))} disabled={isLast} aria-label={t('alignment.merge')} title={t('alignment.merge')}>
                  ⤓
                </button>
                <button
                  type="button"
                  onClick={() => onChange(splitLink(links, index))}
                  disabled={link.hi.length < 2 && link.en.length < 2}
                  aria-label={t('alignment.split')}
                  title={t('alignment.split')}
                >
                  ✂
                </button>
                <button type="button" onClick={() => onChange(takeFirstFromNext(links, index, 'hi'))} disabled={isLast || links[index + 1]?.hi.length === 0} aria-label={t('alignment.hiUp')} title={t('alignment.hiUp')}>
                  हि↑
                </button>
                <button type="button" onClick={() => onChange(giveLastToNext(links, index, 'hi'))} disabled={link.hi.length === 0} aria-label={t('alignment.hiDown')} title={t('alignment.hiDown')}>
                  हि↓
                </button>
                <button type="button" onClick={() => onChange(takeFirstFromNext(links, index, 'en'))} disabled={isLast || links[index + 1]?.en.length === 0} aria-label={t('alignment.enUp')} title={t('alignment.enUp')}>
                  En↑
                </button>
                <button type="button" onClick={() => onChange(giveLastToNext(links, index, 'en'))} disabled={link.en.length === 0} aria-label={t('alignment.enDown')} title={t('alignment.enDown')}>
                  En↓
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
