import '../globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng, languages } from '@/lib/i18n';
import { devanagariSerif, latinSerif } from '../fonts';

export function generateStaticParams() {
  return languages.map((lng) => ({ lng }));
}

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  const { lng } = await params;
  if (!isLng(lng)) return {};
  const t = getT(lng);
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('tagline'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lng: string }>;
}) {
  const { lng } = await params;
  assertLng(lng);
  const t = getT(lng);
  return (
    <html lang={lng} className={`${devanagariSerif.variable} ${latinSerif.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <SiteHeader lng={lng} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter lng={lng} />
      </body>
    </html>
  );
}
