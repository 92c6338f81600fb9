import type { LocalizedText } from './types';

/** The text for one interface language; a plain string serves both. */
export function localize(text: LocalizedText, lng: 'hi' | 'en'): string {
  return typeof text === 'string' ? text : text[lng];
}
