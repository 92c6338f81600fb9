import type { Metadata } from 'next';
import Link from 'next/link';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { ImportWorkbench } from '@/components/import/import-workbench';
import { requireTeacher } from '@/lib/auth/server';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { maxTextLength, maxUploadBytes } from '@/lib/importer';
import { proposeImportAction, saveImportAction } from './actions';
import './import.css';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  if (!isLng(lng)) return {};
  return { title: getT(lng, 'import')('title') };
}

export default async function ImportPage({ params }: Props) {
  const { lng } = await params;
  assertLng(lng);
  await requireTeacher(lng, `/${lng}/import`);
  const t = getT(lng, 'import');
  return (
    <div className="page page--import">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>
        <Link href={`/${lng}/teach/passages`}>{t('mine')}</Link>
      </p>
      <I18nProvider lng={lng} resources={pickResources(lng, ['import'])}>
        <ImportWorkbench
          lng={lng}
          maxTextLength={maxTextLength}
          maxUploadBytes={maxUploadBytes}
          propose={proposeImportAction.bind(null, lng)}
          save={saveImportAction.bind(null, lng)}
        />
      </I18nProvider>
    </div>
  );
}
