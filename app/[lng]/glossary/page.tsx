import type { Metadata } from 'next';
import { GlossaryFilter } from '@/components/glossary/glossary-filter';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { getGlossary } from '@/lib/content/server';
import { origins } from '@/lib/glossary';
import { glossarySearchFor, listGlossaryMatches, searchDocumentsFor } from '@/lib/glossary/search';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ lng: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  if (!isLng(lng)) return {};
  return { title: getT(lng, 'glossary')('title') };
}

function firstValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

// Reading the search makes the page render per request: the form's `?q=` is answered without JavaScript.
export default async function GlossaryPage({ params, searchParams }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const search = await searchParams;
  const t = getT(lng, 'glossary');
  const common = getT(lng, 'common');
  const entries = await getGlossary();
  const documents = searchDocumentsFor(entries);
  const present = origins.filter((origin) => entries.some((entry) => entry.origin === origin));
  const query = firstValue(search.q);
  const requestedOrigin = firstValue(search.origin);
  const origin = present.some((value) => value === requestedOrigin) ? requestedOrigin : '';
  return (
    <div className="page page--glossary">
      <h1>{t('title')}</h1>
      <p className="lead">
        {t('intro')} {t('count', { count: entries.length })}
      </p>
      <I18nProvider lng={lng} resources={pickResources(lng, ['glossary'])}>
        <GlossaryFilter
          key={`${query}\n${origin}`}
          lng={lng}
          listId="glossary-entries"
          documents={documents}
          origins={present.map((value) => ({ value, label: common(`origin.${value}`) }))}
          initialQuery={query}
          initialOrigin={origin}
          initialMatches={listGlossaryMatches(glossarySearchFor(documents), documents, query, origin)}
        />
      </I18nProvider>
    </div>
  );
}
