'use client';

import type { MouseEvent } from 'react';
import { usePathname } from 'next/navigation';
import type { Lng } from '@/lib/i18n';

interface LanguageOption {
  lng: Lng;
  name: string;
  label: string;
}

/**
 * Links to the same page in the other interface language; the proxy remembers the choice. At the
 * moment of the click the link takes the page's current query and hash along, so the reader's
 * sentence and the glossary's search survive the switch.
 */
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
  const keepPlace = (event: MouseEvent<HTMLAnchorElement>) => {
    const link = event.currentTarget;
    link.href = `${link.pathname}${window.location.search}${window.location.hash}`;
  };
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
          onClick={keepPlace}
        >
          {option.name}
        </a>
      ))}
    </nav>
  );
}
