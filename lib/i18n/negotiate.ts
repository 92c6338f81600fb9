import Negotiator from 'negotiator';
import { fallbackLng, isLng, languages, type Lng } from './settings';

/** Picks the interface language from a remembered choice, then Accept-Language. */
export function chooseLanguage(cookieValue: string | undefined, acceptLanguage: string | null): Lng {
  if (isLng(cookieValue)) return cookieValue;
  const negotiator = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } });
  const preferred = negotiator.language([...languages]);
  return isLng(preferred) ? preferred : fallbackLng;
}
