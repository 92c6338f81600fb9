import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';

export function SiteFooter({ lng }: { lng: Lng }) {
  const t = getT(lng);
  return (
    <footer className="site-footer">
      <p>{t('footer.about')}</p>
    </footer>
  );
}
