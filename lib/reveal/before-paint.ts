import { revealModeOn, revealModeStorageKey } from './storage';

/** Set on `<html>` while reveal mode is on; the stylesheet hides the English by it. */
export const revealModeAttribute = 'data-reveal-mode';

/**
 * A statement for the reader's inline script, run before the text is painted: a reader who
 * turned reveal mode on never sees the English flash in before the island starts. A browser that
 * refuses storage throws a DOMException here: the text then shows as it is, and the island goes on.
 */
export const applyStoredRevealMode = `try{if(localStorage.getItem("${revealModeStorageKey}")==="${revealModeOn}")document.documentElement.setAttribute("${revealModeAttribute}","")}catch(e){if(!(e instanceof DOMException))throw e}`;
