'use client';

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOUBTFUL_BELOW, type AlignmentLink } from '@/lib/align/types';
import type { DraftSentence } from '@/lib/content';
import { giveLastToNext, mergeWithNext, splitLink, takeFirstFromNext, type LinkSide } from '@/lib/importer/browser';

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
  // An edit gives its rows new keys, so React replaces them and the focus would fall to the page.
  const rowToFocus = useRef<number | null>(null);
  const doubtful = links.filter((link) => link.score < DOUBTFUL_BELOW).length;

  const focusRow = (index: number) => rowRefs.current[Math.max(0, Math.min(index, links.length - 1))]?.focus();

  useEffect(() => {
    if (rowToFocus.current === null) return;
    const index = Math.max(0, Math.min(rowToFocus.current, links.length - 1));
    rowToFocus.current = null;
    rowRefs.current[index]?.focus();
  }, [links]);

  const edit = (index: number, change: (current: readonly AlignmentLink[]) => AlignmentLink[]) => {
    rowToFocus.current = index;
    onChange(change(links));
  };

  const onRowKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key === 'm') edit(index, (current) => mergeWithNext(current, index));
    else if (key === 's') edit(index, (current) => splitLink(current, index));
    else if (event.key === 'ArrowDown') focusRow(index + 1);
    else if (event.key === 'ArrowUp') focusRow(index - 1);
    else return;
    event.preventDefault();
  };

  const renderSide = (indices: readonly number[], sentences: readonly DraftSentence[], lang: LinkSide) =>
    indices.length === 0 ? (
      <span className="unpaired">{t('alignment.unpaired')}</span>
    ) : (
      indices.map((index) => (
        <span key={index} lang={lang} className="import-sentence">
          {sentences[index]?.text}
        </span>
      ))
    );

  const toolButton = (label: string, short: string, disabled: boolean, onClick: () => void) => (
    <button type="button" onClick={onClick} disabled={disabled} aria-label={label} title={label}>
      {short}
    </button>
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
          const next = links[index + 1];
          const moveButtons = (side: LinkSide) => (
            <span className="link-moves" role="group" aria-label={t(`alignment.moves_${side}`)}>
              <span className="link-moves-side" aria-hidden="true">
                {t(`alignment.${side}Side`)}
              </span>
              {toolButton(t(`alignment.${side}Up`), t('alignment.takeShort'), !next || next[side].length === 0, () =>
                edit(index, (current) => takeFirstFromNext(current, index, side)),
              )}
              {toolButton(t(`alignment.${side}Down`), t('alignment.giveShort'), link[side].length === 0, () =>
                edit(index, (current) => giveLastToNext(current, index, side)),
              )}
            </span>
          );
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
                {toolButton(t('alignment.merge'), t('alignment.mergeShort'), !next, () =>
                  edit(index, (current) => mergeWithNext(current, index)),
                )}
                {toolButton(t('alignment.split'), t('alignment.splitShort'), link.hi.length < 2 && link.en.length < 2, () =>
                  edit(index, (current) => splitLink(current, index)),
                )}
                {moveButtons('hi')}
                {moveButtons('en')}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
