import type { Lng } from './settings';

export const intlLocales: Record<Lng, string> = { en: 'en-GB', hi: 'hi-IN' };

/**
 * A moment as the classroom shows it: date and time with the zone named. On the server that zone
 * is SAHPATH_TIME_ZONE (an IANA name such as Asia/Kolkata) or the server's own; in a browser, the
 * reader's own.
 */
export function formatDateTime(lng: Lng, date: Date | string): string {
  const configured = typeof process === 'undefined' ? undefined : process.env.SAHPATH_TIME_ZONE?.trim() || undefined;
  return new Intl.DateTimeFormat(intlLocales[lng], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: configured,
    timeZoneName: 'short',
  }).format(typeof date === 'string' ? new Date(date) : date);
}
