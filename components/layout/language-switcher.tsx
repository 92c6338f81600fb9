'use client';

import { usePathname } from 'next/navigation';
import type { Lng } from '@/lib/i18n';

interface LanguageOption {
  lng: Lng;
  name: string;
  label: string;
}

/** Links to the same page in the other interface language; the proxy remembers the choice. */
export function LanguageSwitcher({
  current,
  options,
  label,
}: {
  current: Lng;
  options: readonly LanguageOption[];
  label: string;
}) {
  const pathname = usePathname();
  const rest = pathname.replace(new RegExp(`^/${current}(?=/|$)`), '');
  return (
    <nav aria-label={label} className="language-switcher">
      {options.map((option) => (
        <a
          key={option.lng}
          href={`/${option.lng}${rest}`}
          hrefLang={option.lng}
          lang={option.lng}
          aria-label={option.label}
          data-testid={`switch-${option.lng}`}
        >
          {option.name}
        </a>
      ))}
    </nav>
  );
}
