'use client';

import { useEffect, useState, type MouseEvent } from 'react';
import { usePathname } from 'next/navigation';
import type { Lng } from '@/lib/i18n';

interface LanguageOption {
  lng: Lng;
  name: string;
  label: string;
}

/**
 * Links to the same page in the other interface language; the proxy remembers the choice. The link
 * takes the page's query and hash along (read again at the moment of the click, as the reader and
 * the glossary keep them up to date), so the reader's sentence and the glossary's search survive.
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
  const [place, setPlace] = useState('');
  useEffect(() => {
    const readPlace = () => setPlace(`${window.location.search}${window.location.hash}`);
    readPlace();
    window.addEventListener('hashchange', readPlace);
    return () => window.removeEventListener('hashchange', readPlace);
  }, [pathname]);
  const keepPlace = (event: MouseEvent<HTMLAnchorElement>) => {
    const link = event.currentTarget;
    link.href = `${link.pathname}${window.location.search}${window.location.hash}`;
  };
  return (
    <nav aria-label={label} className="language-switcher">
      {options.map((option) => (
        <a
          key={option.lng}
          href={`/${option.lng}${rest}${place}`}
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
