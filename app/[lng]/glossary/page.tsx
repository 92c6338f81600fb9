import type { Metadata } from 'next';
import { GlossaryFilter } from '@/components/glossary/glossary-filter';
import { GlossaryList } from '@/components/glossary/glossary-list';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { getGlossary } from '@/lib/content/server';
import { origins } from '@/lib/glossary';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  if (!isLng(lng)) return {};
  return { title: getT(lng, 'glossary')('title') };
}

export default async function GlossaryPage({ params }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const t = getT(lng, 'glossary');
  const common = getT(lng, 'common');
  const entries = await getGlossary();
  const present = origins.filter((origin) => entries.some((entry) => entry.origin === origin));
  const listId = 'glossary-entries';
  return (
    <div className="page page--glossary">
      <h1>{t('title')}</h1>
      <p className="lead">
        {t('intro')} {t('count', { count: entries.length })}
      </p>
      <I18nProvider lng={lng} resources={pickResources(lng, ['glossary'])}>
        <GlossaryFilter
          listId={listId}
          origins={present.map((origin) => ({ value: origin, label: common(`origin.${origin}`) }))}
        />
      </I18nProvider>
      <GlossaryList lng={lng} entries={entries} listId={listId} />
    </div>
  );
}
