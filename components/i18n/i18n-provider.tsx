'use client';

import { createInstance } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Messages } from '@/lib/i18n/resources';
import type { Lng } from '@/lib/i18n';

/** Gives client islands a translator holding only their own language and namespaces. */
export function I18nProvider({
  lng,
  resources,
  children,
}: {
  lng: Lng;
  resources: Record<string, Messages>;
  children: ReactNode;
}) {
  const [i18n] = useState(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng,
      fallbackLng: false,
      resources: { [lng]: resources },
      ns: Object.keys(resources),
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    return instance;
  });
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
