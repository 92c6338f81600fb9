import type { Metadata } from 'next';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { MyWordsPage } from '@/components/my-words/my-words-page';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'mywords')('title') } : {};
}

// Static: a reader's words are theirs alone, so the page asks for them from the browser (account or local storage).
export default async function WordsPage({ params }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const t = getT(lng, 'mywords');
  return (
    <div className="page page--words">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <I18nProvider lng={lng} resources={pickResources(lng, ['mywords'])}>
        <MyWordsPage lng={lng} />
      </I18nProvider>
    </div>
  );
}
