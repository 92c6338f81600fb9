'use client';

import { useEffect } from 'react';
import type { GlossaryCardData, GlossaryCards } from '@/lib/reader';
import { placeCard, scrollToClearSheet } from '@/lib/reader/placement';
import { otherLoanwordsStorageKey, otherLoanwordsSwitchId } from './layers';

export interface ReaderLabels {
  note: string;
  open: string;
  close: string;
}

const activeClass = 'is-active';
const contextClass = 'is-context';
/** The pair of the current sentence: its tools show, and study tools act on it. */
const currentPairClass = 'is-current';
/** Where a card opens as a bottom sheet instead of beside its term; the same query as in globals.css. */
const sheetQuery = '(max-width: 40rem), (pointer: coarse)';
const otherLoanwords = '.term:not([data-origin="en"]) .term-link';

function appendElement<K extends keyof HTMLElementTagNameMap>(
  parent: HTMLElement,
  tag: K,
  className: string,
  text = '',
  lang?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  if (lang) element.lang = lang;
  parent.append(element);
  return element;
}

/** Fills the card from data with textContent only, so no entry text is ever parsed as HTML. */
function fillCard(card: HTMLElement, data: GlossaryCardData, href: string, native: string, labels: ReaderLabels) {
  card.replaceChildren();
  const head = appendElement(card, 'span', 'card-head');
  appendElement(head, 'span', 'card-headword', data.headword, 'hi');
  head.append(' ');
  appendElement(head, 'span', 'card-roman', data.romanization, 'hi-Latn');
  appendElement(card, 'span', 'card-grammar', data.grammar);
  appendElement(card, 'span', 'card-meaning', data.meaning, 'en');
  if (data.native) {
    const line = appendElement(card, 'span', 'card-native', `${native}: `);
    appendElement(line, 'span', '', data.native, 'hi');
  }
  if (data.note) {
    const line = appendElement(card, 'span', 'card-note', `${labels.note}: `);
    appendElement(line, 'span', '', data.note, 'en');
  }
  const actions = appendElement(card, 'span', 'card-actions');
  appendElement(actions, 'a', 'card-open', labels.open).href = href;
  const close = appendElement(actions, 'button', 'card-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', labels.close);
}

/** A glossary term that is live: its link still has an address (the layer is shown). */
function findTerm(target: EventTarget | null): HTMLElement | null {
  const term = target instanceof Element ? target.closest<HTMLElement>('.term') : null;
  return term?.querySelector('a[href]') ? term : null;
}

function findSentence(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-side]') : null;
}

function sourceWords(term: HTMLElement): HTMLElement[] {
  const id = term.dataset.term ?? '';
  const pair = term.closest('.pair');
  return pair ? [...pair.querySelectorAll<HTMLElement>(`mark[data-term="${CSS.escape(id)}"]`)] : [];
}

/**
 * Makes the server-rendered reader work for a learner: one tab stop into the text, arrow keys
 * (or j and k) from sentence to sentence, Tab among the current sentence's terms, a glossary card
 * on hover or focus that Enter, a click or a tap keeps open, placed clear of the term and its
 * English words (a bottom sheet on narrow screens), the place kept in the address, and the switch
 * for the Persian and Arabic layer. Without JavaScript each sentence and term stays reachable and
 * each term is a link to its entry.
 */
export function ReaderEnhancer({ cardsUrl, labels }: { cardsUrl: string; labels: ReaderLabels }) {
  const { note, open, close } = labels;
  useEffect(() => {
    const cardLabels = { note, open, close };
    const root = document.querySelector<HTMLElement>('[data-reader]');
    if (!root) return;
    const html = document.documentElement;
    html.dataset.readerScript = '';
    const sentences = [...root.querySelectorAll<HTMLElement>('[data-side="hi"]')];
    const sheet = window.matchMedia(sheetQuery);

    const card = document.createElement('div');
    card.className = 'term-card';
    card.id = 'term-card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    root.append(card);

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
    const idle = window.setTimeout(() => void loadCards().catch(forgetFailure), 1500);

    // The term whose card is wanted (it may still be loading) and whether it was opened to stay.
    let openTerm: HTMLElement | undefined;
    let pinned = false;
    // Focus given back to a term after its card closes must not open the card again.
    let returningFocus = false;
    const returnFocus = (link: HTMLElement | null | undefined) => {
      returningFocus = true;
      link?.focus({ preventScroll: true });
      returningFocus = false;
    };

    // The sticky column headings cover the top of the viewport on wide screens.
    const columns = root.querySelector<HTMLElement>('.reader-columns');
    const columnsBottom = () => (columns?.offsetParent ? Math.max(0, columns.getBoundingClientRect().bottom) : 0);

    const placeOpenCard = () => {
      if (!openTerm || card.hidden) return;
      if (sheet.matches) {
        card.style.removeProperty('left');
        card.style.removeProperty('top');
        return;
      }
      const { left, top } = placeCard({
        term: openTerm.getBoundingClientRect(),
        keepVisible: sourceWords(openTerm).map((word) => word.getBoundingClientRect()),
        card: { width: card.offsetWidth, height: card.offsetHeight },
        viewport: { width: html.clientWidth, height: html.clientHeight },
      });
      card.style.left = `${left}px`;
      card.style.top = `${top}px`;
    };

    const closeCard = () => {
      if (!openTerm) return;
      for (const word of sourceWords(openTerm)) word.classList.remove(activeClass);
      openTerm.querySelector('a')?.removeAttribute('aria-describedby');
      openTerm = undefined;
      pinned = false;
      card.hidden = true;
      delete card.dataset.pinned;
    };

    const openCard = (term: HTMLElement, keepOpen: boolean) => {
      if (openTerm !== term) closeCard();
      openTerm = term;
      pinned = keepOpen;
      for (const word of sourceWords(term)) word.classList.add(activeClass);
      loadCards().then((cards) => {
        const link = term.querySelector('a');
        const data = cards.cards[term.dataset.term ?? ''];
        if (openTerm !== term || !data || !link) return;
        fillCard(card, data, link.href, cards.labels.native, cardLabels);
        card.toggleAttribute('data-pinned', pinned);
        card.hidden = false;
        link.setAttribute('aria-describedby', card.id);
        placeOpenCard();
        if (pinned && sheet.matches) {
          const rects = [term, ...sourceWords(term)].map((element) => element.getBoundingClientRect());
          const distance = scrollToClearSheet(rects, card.getBoundingClientRect().top, columnsBottom());
          if (distance > 0) window.scrollBy({ top: distance, behavior: 'instant' });
        }
      }, forgetFailure);
    };

    // The sentence and term an address with ?term= points to, marked until the reader moves on.
    // The address says ?term= while the marks stand, so a reload keeps them; moving on drops both.
    const clearContext = () => {
      for (const element of root.querySelectorAll(`.${contextClass}`)) element.classList.remove(contextClass);
      const url = new URL(location.href);
      if (!url.searchParams.has('term')) return;
      url.searchParams.delete('term');
      history.replaceState(history.state, '', url);
    };

    const keepPlace = (pair: Element | null) => {
      if (pair?.id && location.hash !== `#${pair.id}`) history.replaceState(history.state, '', `#${pair.id}`);
    };

    // Roving tabindex: only the current sentence, and the terms in it, take a tab stop.
    let current: HTMLElement | undefined;
    const setCurrent = (sentence: HTMLElement) => {
      if (sentence === current) return;
      if (current) {
        current.tabIndex = -1;
        for (const link of current.querySelectorAll<HTMLElement>('.term-link')) link.tabIndex = -1;
        current.closest('.pair')?.classList.remove(currentPairClass);
      }
      current = sentence;
      sentence.tabIndex = 0;
      sentence.closest('.pair')?.classList.add(currentPairClass);
      for (const link of sentence.querySelectorAll<HTMLElement>('.term-link[href]')) link.tabIndex = 0;
    };
    for (const element of root.querySelectorAll<HTMLElement>('[data-side], .term-link')) element.tabIndex = -1;

    const showOtherLoanwords = (show: boolean) => {
      if (show) delete html.dataset.otherLoanwords;
      else html.dataset.otherLoanwords = 'hidden';
      for (const link of root.querySelectorAll<HTMLAnchorElement>(otherLoanwords)) {
        link.tabIndex = show && current?.contains(link) ? 0 : -1;
        if (show && link.dataset.href) {
          link.href = link.dataset.href;
          delete link.dataset.href;
        } else if (!show && link.hasAttribute('href')) {
          link.dataset.href = link.getAttribute('href') ?? '';
          link.removeAttribute('href');
        }
      }
      if (openTerm && !findTerm(openTerm)) closeCard();
    };
    const layerSwitch = document.getElementById(otherLoanwordsSwitchId);
    const layerChoice = layerSwitch instanceof HTMLInputElement ? layerSwitch : undefined;
    const storedShow = localStorage.getItem(otherLoanwordsStorageKey) !== 'hidden';
    if (layerChoice) layerChoice.checked = storedShow;
    showOtherLoanwords(storedShow);

    const context = location.hash.startsWith('#link-') ? document.getElementById(location.hash.slice(1)) : null;
    const contextTerm = new URLSearchParams(location.search).get('term');
    const contextSentence = context && root.contains(context) ? context.querySelector<HTMLElement>('[data-side="hi"]') : null;
    if (context && contextSentence) {
      setCurrent(contextSentence);
      if (contextTerm) {
        context.classList.add(contextClass);
        const selector = `.term[data-term="${CSS.escape(contextTerm)}"], mark[data-term="${CSS.escape(contextTerm)}"]`;
        for (const element of context.querySelectorAll(selector)) element.classList.add(contextClass);
      }
      context.scrollIntoView({ block: 'start', behavior: 'instant' });
    } else if (sentences[0]) {
      setCurrent(sentences[0]);
    }

    const moveBy = (step: number) => {
      const from = current ? sentences.indexOf(current) : -1;
      const next = sentences[Math.min(Math.max(from + step, 0), sentences.length - 1)];
      if (!next) return;
      closeCard();
      clearContext();
      setCurrent(next);
      next.focus();
      keepPlace(next.closest('.pair'));
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && openTerm) {
        const link = openTerm.querySelector('a');
        closeCard();
        returnFocus(link);
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey || !findSentence(event.target)) return;
      const step = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }[event.key];
      if (!step) return;
      event.preventDefault();
      moveBy(step);
    };

    const onPointerOver = (event: PointerEvent) => {
      const term = findTerm(event.target);
      if (term && event.pointerType !== 'touch' && term !== openTerm) openCard(term, false);
    };
    const onPointerOut = (event: PointerEvent) => {
      const term = findTerm(event.target);
      const next = event.relatedTarget;
      if (!term || term !== openTerm || pinned || (next instanceof Node && term.contains(next))) return;
      closeCard();
    };
    const onFocusIn = (event: FocusEvent) => {
      const sentence = findSentence(event.target);
      if (sentence?.dataset.side === 'hi') setCurrent(sentence);
      else if (sentence) {
        const partner = sentences.find((candidate) => candidate.dataset.align === sentence.dataset.align);
        if (partner) setCurrent(partner);
      }
      const term = findTerm(event.target);
      if (term && term !== openTerm && !returningFocus) openCard(term, false);
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (!openTerm || pinned || (next instanceof Node && (openTerm.contains(next) || card.contains(next)))) return;
      closeCard();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node) || card.contains(target)) return;
      if (root.contains(target)) clearContext();
      if (!findTerm(target)) closeCard();
    };
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('.card-close')) {
        const link = openTerm?.querySelector('a');
        closeCard();
        returnFocus(link);
        return;
      }
      const term = findTerm(event.target);
      // A first click, tap or Enter keeps the card open; the next one follows the link.
      if (!term || (term === openTerm && pinned)) return;
      event.preventDefault();
      clearContext();
      openCard(term, true);
    };
    const onLayerChange = () => {
      if (!layerChoice) return;
      if (layerChoice.checked) localStorage.removeItem(otherLoanwordsStorageKey);
      else localStorage.setItem(otherLoanwordsStorageKey, 'hidden');
      showOtherLoanwords(layerChoice.checked);
    };

    // The pair at the top of the viewport, found by probing below the sticky headings.
    let scrollTimer = 0;
    const onScroll = () => {
      window.requestAnimationFrame(placeOpenCard);
      window.clearTimeout(scrollTimer);
      scrollTimer = window.setTimeout(() => {
        // With the page's header in view the reader is not reading: going up to the header (to
        // switch language, say) keeps the sentence last read as the place.
        if (root.getBoundingClientRect().top > 0) return;
        const named = location.hash ? document.getElementById(location.hash.slice(1)) : null;
        const top = columnsBottom();
        if (named) {
          const box = named.getBoundingClientRect();
          if (box.top >= top - 1 && box.top < html.clientHeight) return;
        }
        const x = root.getBoundingClientRect().left + 24;
        for (let y = top + 16; y < top + 200; y += 12) {
          const pair = document.elementFromPoint(x, y)?.closest('.pair');
          if (pair) {
            keepPlace(pair);
            return;
          }
        }
      }, 200);
    };
    const onResize = () => window.requestAnimationFrame(placeOpenCard);

    const listeners: Array<[EventTarget, string, EventListener]> = [
      [document, 'keydown', onKeyDown as EventListener],
      [document, 'pointerdown', onPointerDown as EventListener],
      [root, 'pointerover', onPointerOver as EventListener],
      [root, 'pointerout', onPointerOut as EventListener],
      [root, 'focusin', onFocusIn as EventListener],
      [root, 'focusout', onFocusOut as EventListener],
      [root, 'click', onClick as EventListener],
      [window, 'scroll', onScroll],
      [window, 'resize', onResize],
      ...(layerChoice ? [[layerChoice, 'change', onLayerChange] as [EventTarget, string, EventListener]] : []),
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener, { passive: type === 'scroll' });
    return () => {
      window.clearTimeout(idle);
      window.clearTimeout(scrollTimer);
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
      card.remove();
    };
  }, [cardsUrl, note, open, close]);
  return null;
}
