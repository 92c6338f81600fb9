import type { Metadata } from 'next';
import { LibrarySort } from '@/components/library/library-sort';
import { PassageList } from '@/components/library/passage-list';
import { getPassageSummaries } from '@/lib/content/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';

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
      <LibrarySort
        listId={listId}
        label={t('sort.label')}
        optionLabels={{ newest: t('sort.newest'), title: t('sort.title') }}
      />
      <PassageList lng={lng} passages={passages} listId={listId} />
    </div>
  );
}
