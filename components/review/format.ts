import type { Lng } from '@/lib/i18n';

const locales: Record<Lng, string> = { en: 'en-GB', hi: 'hi-IN' };

/** Times in UTC, named as such: the server cannot know the teacher's time zone. */
export function formatTime(lng: Lng, date: Date): string {
  return new Intl.DateTimeFormat(locales[lng], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
}

export function formatQuiz(lng: Lng, share: number | null): string {
  return share === null ? '–' : new Intl.NumberFormat(locales[lng], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatChrf(lng: Lng, score: number | null): string {
  return score === null ? '–' : new Intl.NumberFormat(locales[lng], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}
