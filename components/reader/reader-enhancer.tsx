'use client';

import { useEffect } from 'react';
import type { GlossaryCardData, GlossaryCards } from '@/lib/reader';
import { placeCard, scrollToClearSheet } from '@/lib/reader/placement';
import { romanizeHindi, toMatchKey } from '@/lib/text';
import { dictionaryIds, dictionaryUrl, statusOf, wordFamily, wordStatuses, type DictionaryId, type WordStatus } from '@/lib/words';
import { otherLoanwordsStorageKey, otherLoanwordsSwitchId } from './layers';
import { loadHindiLexicon, loadedHindiLexicon } from './hindi-lexicon';
import { requestSave } from './study/events';
import { readStored, removeStored, writeStored } from '@/lib/browser-storage';
import { currentWordStatuses, readDictionaryTemplates, setWordStatus, subscribeWordStatuses } from './study/word-status-store';

export interface ReaderLabels {
  note: string;
  open: string;
  close: string;
}

/** What a word card says beyond the glossary (the `words` namespace); `announce` etc. hold {{word}}. */
export interface WordCardLabels {
  status: string;
  statuses: Record<WordStatus, string>;
  dictionaries: string;
  dictionaryNames: Record<DictionaryId, string>;
  newTab: string;
  save: string;
  announce: string;
  saved: string;
  failed: string;
}

/** The keys that set the focused word's status. */
const statusKeys: Record<string, WordStatus> = { '1': 'new', '2': 'learning', '3': 'known' };

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

interface CardContent {
  /** The word as written, for the heading when it has no entry, its romanisation and the dictionaries. */
  word: string;
  entry?: GlossaryCardData;
  /** The entry's page, for a glossary term. */
  href?: string;
  native: string;
  status: WordStatus;
}

function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * Fills the card from data with textContent only, so no entry text is ever parsed as HTML: the
 * entry if there is one, then (only once the card is kept open) the status, the dictionaries and
 * the actions.
 */
function fillCard(card: HTMLElement, content: CardContent, labels: ReaderLabels, words: WordCardLabels) {
  const { entry, word } = content;
  card.replaceChildren();
  const head = appendElement(card, 'span', 'card-head');
  appendElement(head, 'span', 'card-headword', entry?.headword ?? word, 'hi');
  head.append(' ');
  appendElement(head, 'span', 'card-roman', entry?.romanization ?? romanizeHindi(word, loadedHindiLexicon()), 'hi-Latn');
  if (entry) {
    appendElement(card, 'span', 'card-grammar', entry.grammar);
    appendElement(card, 'span', 'card-meaning', entry.meaning, 'en');
    if (entry.native) {
      const line = appendElement(card, 'span', 'card-native', `${content.native}: `);
      appendElement(line, 'span', '', entry.native, 'hi');
    }
    if (entry.note) {
      const line = appendElement(card, 'span', 'card-note', `${labels.note}: `);
      appendElement(line, 'span', '', entry.note, 'en');
    }
  }
  const study = appendElement(card, 'span', 'card-study');
  const statusGroup = appendElement(study, 'span', 'card-statuses');
  statusGroup.setAttribute('role', 'group');
  statusGroup.setAttribute('aria-label', words.status);
  for (const status of wordStatuses) {
    const button = appendElement(statusGroup, 'button', 'card-status', words.statuses[status]);
    button.type = 'button';
    button.dataset.status = status;
    button.setAttribute('aria-pressed', String(status === content.status));
  }
  const dictionaries = appendElement(study, 'span', 'card-dictionaries', `${words.dictionaries}: `);
  const templates = readDictionaryTemplates();
  dictionaryIds.forEach((id, position) => {
    if (position > 0) dictionaries.append(' · ');
    const link = appendElement(dictionaries, 'a', 'card-dictionary', words.dictionaryNames[id]);
    link.href = dictionaryUrl(templates[id], word);
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.dataset.dictionary = id;
    link.title = words.newTab;
  });
  const actions = appendElement(card, 'span', 'card-actions');
  if (content.href) appendElement(actions, 'a', 'card-open', labels.open).href = content.href;
  const save = appendElement(actions, 'button', 'card-save', words.save);
  save.type = 'button';
  const close = appendElement(actions, 'button', 'card-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', labels.close);
}

function showStatus(card: HTMLElement, status: WordStatus) {
  for (const button of card.querySelectorAll<HTMLElement>('.card-status')) {
    button.setAttribute('aria-pressed', String(button.dataset.status === status));
  }
}

/** A glossary term that is live: its link still has an address (the layer is shown). */
function findTerm(target: EventTarget | null): HTMLElement | null {
  const term = target instanceof Element ? target.closest<HTMLElement>('.term') : null;
  return term?.querySelector('a[href]') ? term : null;
}

/** A plain Hindi word of the text (not a glossary term). */
function findWord(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-side="hi"] .w') : null;
}

/** What a card can be opened for: a live glossary term or a plain word. */
function findCardTarget(target: EventTarget | null): HTMLElement | null {
  return findTerm(target) ?? findWord(target);
}

/** The text a term or word shows, as a status and the dictionaries take it. */
function writtenWord(target: HTMLElement): string {
  return (target.querySelector('.term-link') ?? target).textContent?.trim() ?? '';
}

/** The element that takes focus for a term (its link) or a word (itself). */
function focusableOf(target: HTMLElement): HTMLElement {
  return target.querySelector<HTMLElement>('.term-link') ?? target;
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
export function ReaderEnhancer({ cardsUrl, labels, wordLabels }: { cardsUrl: string; labels: ReaderLabels; wordLabels: WordCardLabels }) {
  const { note, open, close } = labels;
  // The labels come from the server as a fresh object on each render; their text is what counts.
  const wordLabelsText = JSON.stringify(wordLabels);
  useEffect(() => {
    const cardLabels = { note, open, close };
    const words = JSON.parse(wordLabelsText) as WordCardLabels;
    const root = document.querySelector<HTMLElement>('[data-reader]');
    if (!root) return;
    const html = document.documentElement;
    html.dataset.readerScript = '';
    // A word's card romanises it with the lexicon; fetched now, before a word is opened.
    void loadHindiLexicon();
    const sentences = [...root.querySelectorAll<HTMLElement>('[data-side="hi"]')];
    const sheet = window.matchMedia(sheetQuery);

    const card = document.createElement('div');
    card.className = 'term-card';
    card.id = 'term-card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    root.append(card);
    // Says what a key or a button did to a word, for a screen reader.
    const announcer = document.createElement('div');
    announcer.className = 'visually-hidden';
    announcer.setAttribute('aria-live', 'polite');
    announcer.dataset.wordAnnouncer = '';
    root.append(announcer);
    const announce = (text: string) => {
      announcer.textContent = text;
    };

    let cardsRequest: Promise<GlossaryCards> | undefined;
    let cardsRequestResult: GlossaryCards | undefined;
    const loadCards = () => {
      cardsRequest ??= fetch(cardsUrl).then(async (response) => {
        if (!response.ok) throw new Error(`Glossary cards: ${response.status} from ${cardsUrl}`);
        cardsRequestResult = (await response.json()) as GlossaryCards;
        return cardsRequestResult;
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
      focusableOf(openTerm).removeAttribute('aria-describedby');
      openTerm = undefined;
      pinned = false;
      card.hidden = true;
      delete card.dataset.pinned;
    };

    // A plain word whose form is an entry's headword in this passage shows that entry.
    const entryIdOfWord = (cards: GlossaryCards | undefined, word: string): string | undefined => {
      const key = toMatchKey(word);
      return cards ? Object.keys(cards.cards).find((id) => toMatchKey(cards.cards[id]?.headword ?? '') === key) : undefined;
    };

    const openCard = (term: HTMLElement, keepOpen: boolean) => {
      if (openTerm !== term) closeCard();
      openTerm = term;
      pinned = keepOpen;
      for (const word of sourceWords(term)) word.classList.add(activeClass);
      const link = term.querySelector('a');
      const word = writtenWord(term);
      // A plain word needs no glossary to have a card: without the cards it shows no entry.
      const cards = link
        ? loadCards()
        : loadCards().catch((error: unknown) => {
            forgetFailure(error);
            return undefined;
          });
      cards.then((loaded) => {
        const entryId = link ? term.dataset.term ?? '' : entryIdOfWord(loaded, word);
        const entry = entryId ? loaded?.cards[entryId] : undefined;
        if (openTerm !== term || (link && !entry)) return;
        fillCard(
          card,
          { word, entry, href: link?.href, native: loaded?.labels.native ?? '', status: statusOf(currentWordStatuses().statuses, wordFamily(word)) },
          cardLabels,
          words,
        );
        if (entryId) card.dataset.entry = entryId;
        else delete card.dataset.entry;
        card.toggleAttribute('data-pinned', pinned);
        card.hidden = false;
        focusableOf(term).setAttribute('aria-describedby', card.id);
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
    // Words take focus from the arrow keys and from a click, never a tab stop of their own.
    for (const element of root.querySelectorAll<HTMLElement>('[data-side], .term-link, [data-side="hi"] .w')) element.tabIndex = -1;

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
    const storedShow = readStored(otherLoanwordsStorageKey) !== 'hidden';
    if (layerChoice) layerChoice.checked = storedShow;
    showOtherLoanwords(storedShow);

    // #link-N names a pair; #sentence-N a Hindi sentence, as My words links back to one.
    const addressed = /^#(?:link|sentence)-/.test(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
    const context = addressed?.closest('.pair') ?? null;
    const contextTerm = new URLSearchParams(location.search).get('term');
    const addressedSentence = addressed instanceof HTMLElement && addressed.matches('[data-side="hi"]') ? addressed : null;
    const contextSentence = context && root.contains(context) ? (addressedSentence ?? context.querySelector<HTMLElement>('[data-side="hi"]')) : null;
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

    // The words and live terms of the current sentence, in reading order, for ← and →.
    const wordsOfSentence = (sentence: HTMLElement): HTMLElement[] =>
      [...sentence.querySelectorAll<HTMLElement>('.w, .term')].filter((element) => element.classList.contains('w') || findTerm(element));

    const moveWordBy = (sentence: HTMLElement, from: HTMLElement | null, step: number) => {
      const list = wordsOfSentence(sentence);
      if (list.length === 0) return;
      const at = from ? list.indexOf(from) : -1;
      const next = at < 0 ? (step > 0 ? list[0] : list.at(-1)) : list[Math.min(Math.max(at + step, 0), list.length - 1)];
      if (next) focusableOf(next).focus();
    };

    const setStatusOf = (target: HTMLElement, status: WordStatus) => {
      const word = writtenWord(target);
      const family = wordFamily(word);
      if (!family) return;
      announce(fillTemplate(words.announce, { word, status: words.statuses[status] }));
      setWordStatus(family, status).catch((error: unknown) => {
        console.error(error);
        announce(fillTemplate(words.failed, { word }));
      });
    };

    const saveOpenWord = () => {
      if (!openTerm) return;
      const sentence = findSentence(openTerm);
      const word = writtenWord(openTerm);
      const entryId = card.dataset.entry;
      const entry = entryId ? cardsRequestResult?.cards[entryId] : undefined;
      const align = sentence?.dataset.align ?? '';
      const english = [...root.querySelectorAll<HTMLElement>(`[data-side="en"][data-align="${CSS.escape(align)}"]`)]
        .map((partner) => partner.textContent?.trim() ?? '')
        .join(' ');
      const pairKey = Number(sentence?.closest<HTMLElement>('.pair')?.dataset.pairKey);
      const context = { hindi: sentence?.textContent?.trim() ?? '', english, sentence: pairKey };
      if (entryId && entry) requestSave({ kind: 'term', hindi: entry.headword, english: entry.meaning, entryId, context });
      else requestSave({ kind: 'word', hindi: word, english: '', context });
      announce(fillTemplate(words.saved, { word: entry?.headword ?? word }));
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && openTerm) {
        const link = focusableOf(openTerm);
        closeCard();
        returnFocus(link);
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const status = statusKeys[event.key];
      const inCard = event.target instanceof Node && card.contains(event.target);
      if (status && inCard && openTerm) {
        event.preventDefault();
        setStatusOf(openTerm, status);
        return;
      }
      const sentence = findSentence(event.target);
      if (!sentence) return;
      const focusedWord = findCardTarget(event.target);
      if (status && focusedWord) {
        event.preventDefault();
        setStatusOf(focusedWord, status);
        return;
      }
      if (event.key === 'Enter' && focusedWord?.classList.contains('w')) {
        event.preventDefault();
        openCard(focusedWord, true);
        return;
      }
      const wordStep = event.shiftKey ? undefined : { ArrowRight: 1, l: 1, ArrowLeft: -1, h: -1 }[event.key];
      if (wordStep && sentence.dataset.side === 'hi') {
        event.preventDefault();
        moveWordBy(sentence, focusedWord, wordStep);
        return;
      }
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
      const term = findCardTarget(event.target);
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
      if (!findCardTarget(target)) closeCard();
    };
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>('.term-card button') : null;
      if (button?.classList.contains('card-close')) {
        const link = openTerm ? focusableOf(openTerm) : undefined;
        closeCard();
        returnFocus(link);
        return;
      }
      const chosen = button?.dataset.status;
      if (button && openTerm && chosen && (wordStatuses as readonly string[]).includes(chosen)) {
        setStatusOf(openTerm, chosen as WordStatus);
        return;
      }
      if (button?.classList.contains('card-save')) {
        saveOpenWord();
        return;
      }
      const word = findWord(event.target);
      if (word) {
        if (word !== openTerm || !pinned) openCard(word, true);
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
      if (layerChoice.checked) removeStored(otherLoanwordsStorageKey);
      else writeStored(otherLoanwordsStorageKey, 'hidden');
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

    const stopWatchingStatuses = subscribeWordStatuses((state) => {
      if (openTerm && !card.hidden) showStatus(card, statusOf(state.statuses, wordFamily(writtenWord(openTerm))));
    });

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
      stopWatchingStatuses();
      card.remove();
      announcer.remove();
    };
  }, [cardsUrl, note, open, close, wordLabelsText]);
  return null;
}
