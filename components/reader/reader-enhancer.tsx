'use client';

import { useEffect } from 'react';
import type { GlossaryCardData, GlossaryCards } from '@/lib/reader';

const activeClass = 'is-active';

function findTerm(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.term') : null;
}

function appendSpan(parent: HTMLElement, className: string, text: string, lang?: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  if (lang) span.lang = lang;
  parent.append(span);
  return span;
}

/** Builds a card from data with textContent only, so no entry text is ever parsed as HTML. */
function buildCard(data: GlossaryCardData, labels: GlossaryCards['labels'], id: string): HTMLElement {
  const card = document.createElement('span');
  card.className = 'term-card';
  card.id = id;
  card.setAttribute('role', 'tooltip');
  const head = appendSpan(card, 'card-head', '');
  appendSpan(head, 'card-headword', data.headword, 'hi');
  head.append(' ');
  appendSpan(head, 'card-roman', data.romanization, 'hi-Latn');
  appendSpan(card, 'card-grammar', data.grammar);
  appendSpan(card, 'card-meaning', data.meaning, 'en');
  if (data.native) {
    const native = appendSpan(card, 'card-native', `${labels.native}: `);
    appendSpan(native, '', data.native, 'hi');
  }
  return card;
}

let cardCount = 0;

/** Puts the entry's card beside this occurrence, once; CSS shows it while the term is active. */
function attachCard(term: HTMLElement, cards: GlossaryCards) {
  const id = term.dataset.term ?? '';
  const data = cards.cards[id];
  const link = term.querySelector('a');
  if (!data || !link || term.querySelector('.term-card')) return;
  cardCount += 1;
  const card = buildCard(data, cards.labels, `term-card-${cardCount}`);
  term.append(card);
  link.setAttribute('aria-describedby', card.id);
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
export function ReaderEnhancer({ cardsUrl }: { cardsUrl: string }) {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-reader]');
    if (!root) return;
    let lastPointerType = '';
    let cardsRequest: Promise<GlossaryCards> | undefined;
    const loadCards = () => {
      cardsRequest ??= fetch(cardsUrl).then((response) => {
        if (!response.ok) throw new Error(`Glossary cards: ${response.status} from ${cardsUrl}`);
        return response.json() as Promise<GlossaryCards>;
      });
      return cardsRequest;
    };
    // A failed request is reported and forgotten, so the next hover or focus tries again.
    const forgetFailure = (error: unknown) => {
      cardsRequest = undefined;
      console.error(error);
    };
    const showCard = (term: HTMLElement) => {
      loadCards().then((cards) => attachCard(term, cards), forgetFailure);
    };
    // Fetch the cards once the page is idle, so the first hover or focus finds them ready.
    const idle = window.setTimeout(() => void loadCards().catch(forgetFailure), 1500);

    const onPointerDown = (event: PointerEvent) => {
      lastPointerType = event.pointerType;
      if (!findTerm(event.target)) closeOpenTerms();
    };
    const onEnter = (event: Event) => {
      const term = findTerm(event.target);
      if (!term) return;
      showCard(term);
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
      showCard(term);
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
      window.clearTimeout(idle);
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    };
  }, [cardsUrl]);
  return null;
}
