import { intlLocales as locales, type Lng } from '@/lib/i18n';

export function formatQuiz(lng: Lng, share: number | null): string {
  return share === null ? '–' : new Intl.NumberFormat(locales[lng], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatChrf(lng: Lng, score: number | null): string {
  return score === null ? '–' : new Intl.NumberFormat(locales[lng], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}
