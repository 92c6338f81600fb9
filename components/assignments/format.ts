import type { Lng } from '@/lib/i18n';

/** A due time with its zone named, since the server's clock may not be the reader's. */
export function formatDue(date: Date, lng: Lng): string {
  return new Intl.DateTimeFormat(lng === 'hi' ? 'hi-IN' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}
