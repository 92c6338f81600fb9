import type { Metadata } from 'next';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { LibrarySort } from '@/components/library/library-sort';
import { WordsKnown } from '@/components/library/words-known';
import { PassageList } from '@/components/library/passage-list';
import { getPassageSummaries } from '@/lib/content/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { pickResources } from '@/lib/i18n/resources';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  if (!isLng(lng)) return {};
  // A page beside the root layout gets no title template, so it spells out the site name itself.
  return { title: { absolute: `${getT(lng, 'library')('title')} · ${getT(lng)('siteName')}` } };
}

export default async function LibraryPage({ params }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const t = getT(lng, 'library');
  const passages = await getPassageSummaries();
  const listId = 'library-passages';
  return (
    <div className="page page--library">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <I18nProvider lng={lng} resources={pickResources(lng, ['words'])}>
        <WordsKnown />
      </I18nProvider>
      <LibrarySort
        listId={listId}
        label={t('sort.label')}
        optionLabels={{ newest: t('sort.newest'), title: t('sort.title') }}
      />
      <PassageList lng={lng} passages={passages} listId={listId} />
    </div>
  );
}
