'use client';

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStored, writeStored } from '@/lib/browser-storage';
import { romanizeHindi, type SchwaLexicon } from '@/lib/text';
import { loadHindiLexicon } from '../hindi-lexicon';
import type { StudyToolProps } from './passage-ref';
import { romanizationLetters } from './romanization-letters';
import { isToolKey } from './keys';
import './romanization-mode.css';

export const romanizationModes = ['off', 'line', 'ruby'] as const;
export type RomanizationModeName = (typeof romanizationModes)[number];

const STORAGE_KEY = 'sahpath:romanization';
const ROMAN_LANG = 'hi-Latn';

function readStoredMode(): RomanizationModeName {
  const stored = readStored(STORAGE_KEY);
  return romanizationModes.find((mode) => mode === stored) ?? 'off';
}

/** A line of romanisation after each Hindi sentence, outside it, so the sentence's text stays Hindi. */
function addLines(reader: Element, lexicon: SchwaLexicon | undefined): void {
  for (const sentence of reader.querySelectorAll<HTMLElement>('[data-side="hi"][data-align]')) {
    const line = document.createElement('span');
    line.className = 'roman-line';
    line.lang = ROMAN_LANG;
    line.dataset.romanFor = sentence.dataset.align ?? '';
    line.textContent = romanizeHindi(sentence.textContent ?? '', lexicon);
    sentence.after(line);
  }
}

/**
 * Ruby inside each word element (`.w`, `.term-link`), which stay where they are. The `<rt>` is
 * empty and shows its romanisation from an attribute, so that the words' and sentences' text,
 * which the other tools read, stays the Hindi.
 */
function addRuby(reader: Element, lexicon: SchwaLexicon | undefined): void {
  for (const word of reader.querySelectorAll<HTMLElement>('[data-side="hi"] .w, [data-side="hi"] .term-link')) {
    const hindi = word.textContent ?? '';
    const ruby = document.createElement('ruby');
    ruby.className = 'roman-ruby';
    ruby.append(...word.childNodes);
    const annotation = document.createElement('rt');
    annotation.lang = ROMAN_LANG;
    annotation.dataset.roman = romanizeHindi(hindi, lexicon);
    ruby.append(annotation);
    word.append(ruby);
  }
}

function removeRomanization(reader: Element): void {
  for (const line of reader.querySelectorAll('.roman-line')) line.remove();
  for (const ruby of reader.querySelectorAll('ruby.roman-ruby')) {
    ruby.querySelector(':scope > rt')?.remove();
    ruby.replaceWith(...ruby.childNodes);
  }
}

/** Shows the Hindi romanised, as a line under each sentence or over each word. */
export function RomanizationMode(_props: StudyToolProps) {
  const { t } = useTranslation('romanize');
  const [mode, setMode] = useState<RomanizationModeName>('off');
  const [announced, setAnnounced] = useState('');
  const keyId = useId();

  useEffect(() => {
    setMode(readStoredMode());
  }, []);

  useEffect(() => {
    const reader = document.querySelector('[data-reader]');
    if (!reader) return;
    let current = true;
    if (mode !== 'off') {
      void loadHindiLexicon().then((lexicon) => {
        if (!current) return;
        if (mode === 'line') addLines(reader, lexicon);
        if (mode === 'ruby') addRuby(reader, lexicon);
      });
    }
    reader.setAttribute('data-romanization', mode);
    return () => {
      current = false;
      removeRomanization(reader);
      reader.removeAttribute('data-romanization');
    };
  }, [mode]);

  const choose = (next: RomanizationModeName) => {
    setMode(next);
    writeStored(STORAGE_KEY, next);
    setAnnounced(t(`status.${next}`));
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isToolKey(event, 'r')) return;
      event.preventDefault();
      setMode((current) => {
        const next = romanizationModes[(romanizationModes.indexOf(current) + 1) % romanizationModes.length] ?? 'off';
        writeStored(STORAGE_KEY, next);
        setAnnounced(t(`status.${next}`));
        return next;
      });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [t]);

  return (
    <div className="romanization-tool" data-tool-bar="romanize">
      <div className="romanization-modes" role="group" aria-label={t('label')} aria-describedby={`${keyId}-hint`}>
        <span className="romanization-label" aria-hidden="true">
          {t('label')}
        </span>
        {romanizationModes.map((option) => (
          <button
            key={option}
            type="button"
            className="romanization-mode"
            data-mode={option}
            aria-pressed={mode === option}
            onClick={() => choose(option)}
          >
            {t(`modes.${option}`)}
          </button>
        ))}
        <span id={`${keyId}-hint`} className="romanization-hidden">
          {t('modeHint')}
        </span>
      </div>
      <details className="romanization-key">
        <summary>{t('keyButton')}</summary>
        {/* Focusable so that a keyboard can scroll the key where it is taller than the screen. */}
        <div className="romanization-key-panel" role="region" aria-label={t('keyButton')} tabIndex={0}>
          <p>{t('keyIntro')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('keyLatin')}</th>
                <th scope="col">{t('keyDevanagari')}</th>
                <th scope="col">{t('keyHint')}</th>
              </tr>
            </thead>
            <tbody>
              {romanizationLetters.map((letter) => (
                <tr key={letter.id}>
                  <th scope="row" lang={ROMAN_LANG}>
                    {letter.latin}
                  </th>
                  <td lang="hi">{letter.devanagari}</td>
                  <td>{t(`letters.${letter.id}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <span className="romanization-hidden" role="status" aria-live="polite">
        {announced}
      </span>
    </div>
  );
}
