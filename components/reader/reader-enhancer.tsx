'use client';

import { useEffect } from 'react';

const activeClass = 'is-active';

function findTerm(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.term') : null;
}

/** Puts a copy of the entry's card beside this occurrence, once; CSS shows it while the term is active. */
function attachCard(term: HTMLElement) {
  if (term.querySelector('.term-card')) return;
  const source = document.getElementById(`card-${term.dataset.term ?? ''}`);
  if (!source) return;
  const card = source.cloneNode(true) as HTMLElement;
  card.removeAttribute('id');
  card.setAttribute('aria-hidden', 'true');
  term.append(card);
}

/** Marks the English source words of a glossary term while its card is open. */
function highlightSourceWords(term: HTMLElement, on: boolean) {
  const pair = term.closest('.pair');
  const id = term.dataset.term;
  if (!pair || !id) return;
  for (const mark of pair.querySelectorAll<HTMLElement>(`mark[data-term="${CSS.escape(id)}"]`)) {
    mark.classList.toggle(activeClass, on);
  }
}

function closeOpenTerms(except?: HTMLElement) {
  for (const open of document.querySelectorAll<HTMLElement>('.term[data-open]')) {
    if (open === except) continue;
    delete open.dataset.open;
    highlightSourceWords(open, false);
  }
}

function dismiss(term: HTMLElement) {
  term.dataset.dismissed = '';
  highlightSourceWords(term, false);
}

/**
 * Makes the server-rendered reader's glossary terms interactive: hover and focus open the entry's
 * card, a first tap opens it instead of leaving the page, Escape closes it, and the term's English
 * source word lights up. Without JavaScript each term is still a link to its entry.
 */
export function ReaderEnhancer() {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-reader]');
    if (!root) return;
    let lastPointerType = '';

    const onPointerDown = (event: PointerEvent) => {
      lastPointerType = event.pointerType;
      if (!findTerm(event.target)) closeOpenTerms();
    };
    const onEnter = (event: Event) => {
      const term = findTerm(event.target);
      if (!term) return;
      attachCard(term);
      delete term.dataset.dismissed;
      highlightSourceWords(term, true);
    };
    const onLeave = (event: Event) => {
      const term = findTerm(event.target);
      const next = event instanceof FocusEvent || event instanceof PointerEvent ? event.relatedTarget : null;
      if (!term || (next instanceof Node && term.contains(next)) || term.dataset.open !== undefined) return;
      highlightSourceWords(term, false);
    };
    const onClick = (event: MouseEvent) => {
      const term = findTerm(event.target);
      if (!term || lastPointerType !== 'touch' || term.dataset.open !== undefined) return;
      event.preventDefault();
      closeOpenTerms(term);
      attachCard(term);
      delete term.dataset.dismissed;
      term.dataset.open = '';
      highlightSourceWords(term, true);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      for (const term of root.querySelectorAll<HTMLElement>('.term[data-open], .term:hover')) dismiss(term);
      const focused = findTerm(document.activeElement);
      if (focused) dismiss(focused);
      closeOpenTerms();
    };

    const listeners: Array<[EventTarget, string, EventListener]> = [
      [document, 'pointerdown', onPointerDown as EventListener],
      [root, 'pointerover', onEnter],
      [root, 'focusin', onEnter],
      [root, 'pointerout', onLeave],
      [root, 'focusout', onLeave],
      [root, 'click', onClick as EventListener],
      [document, 'keydown', onKeyDown as EventListener],
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
    return () => {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    };
  }, []);
  return null;
}
