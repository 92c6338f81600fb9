import Link from 'next/link';
import { getT } from '@/lib/i18n/server';
import { languageNames, languages, type Lng } from '@/lib/i18n';
import { LanguageSwitcher } from './language-switcher';
import './site-nav.css';

export function SiteHeader({ lng }: { lng: Lng }) {
  const t = getT(lng);
  const options = languages
    .filter((other) => other !== lng)
    .map((other) => ({
      lng: other,
      name: languageNames[other],
      label: getT(other)('language.switchTo', { language: languageNames[other] }),
    }));
  return (
    <header className="site-header">
      <Link href={`/${lng}`} className="brand" prefetch={false}>
        <span lang="hi">सहपाठ</span>
        <span className="brand-latin" lang="en">
          Sahpath
        </span>
      </Link>
      <nav aria-label={t('nav.label')} className="site-nav">
        <Link href={`/${lng}`} className="nav-home" prefetch={false}>{t('nav.library')}</Link>
        <Link href={`/${lng}/glossary`} prefetch={false}>{t('nav.glossary')}</Link>
        <Link href={`/${lng}/words`} prefetch={false}>
          <span className="nav-long">{t('nav.myWords')}</span>
          <span className="nav-short">{t('nav.myWordsShort')}</span>
        </Link>
        <Link href={`/${lng}/import`} prefetch={false}>
          <span className="nav-long">{t('nav.import')}</span>
          <span className="nav-short">{t('nav.importShort')}</span>
        </Link>
        <Link href={`/${lng}/classroom`} prefetch={false}>
          <span className="nav-long">{t('nav.classroom')}</span>
          <span className="nav-short">{t('nav.classroomShort')}</span>
        </Link>
      </nav>
      <LanguageSwitcher current={lng} options={options} label={t('language.label')} />
    </header>
  );
}
