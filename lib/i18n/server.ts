import 'server-only';
import { createInstance, type i18n, type TFunction } from 'i18next';
import { notFound } from 'next/navigation';
import { resources } from './resources';
import { fallbackLng, isLng, languages, namespaces, type Lng, type Namespace } from './settings';

const instances = new Map<Lng, i18n>();

// One instance per language, never switched, so concurrent requests cannot race on changeLanguage.
function getInstance(lng: Lng): i18n {
  const existing = instances.get(lng);
  if (existing) return existing;
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng,
    supportedLngs: [...languages],
    ns: [...namespaces],
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instances.set(lng, instance);
  return instance;
}

export function getT(lng: Lng, ns: Namespace = 'common'): TFunction {
  return getInstance(lng).getFixedT(lng, ns);
}

/** A route's language segment, or the not-found page when it names no language of the interface. */
export function assertLng(value: string): asserts value is Lng {
  if (!isLng(value)) notFound();
}
