import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BilingualTitle } from '@/components/library/bilingual-title';
import { ReaderText } from '@/components/reader/reader-text';
import { listPassageSlugs, localize } from '@/lib/content';
import { getGlossary, getGlossaryLinker, getPassage } from '@/lib/content/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng, languages } from '@/lib/i18n';
import { buildReaderView } from '@/lib/reader';

type Props = { params: Promise<{ lng: string; slug: string }> };

export async function generateStaticParams() {
  const slugs = await listPassageSlugs();
  return languages.flatMap((lng) => slugs.map((slug) => ({ lng, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, slug } = await params;
  const passage = isLng(lng) ? await getPassage(slug) : null;
  if (!passage) return {};
  return { title: passage.title[lng === 'hi' ? 'hi' : 'en'] };
}

export default async function ReaderPage({ params }: Props) {
  const { lng, slug } = await params;
  assertLng(lng);
  const passage = await getPassage(slug);
  if (!passage) notFound();
  const [glossary, linker] = await Promise.all([getGlossary(), getGlossaryLinker()]);
  const view = buildReaderView(passage, linker);
  const entries = new Map(glossary.map((entry) => [entry.id, entry]));
  const t = getT(lng, 'reader');
  return (
    <article className="page page--reader">
      <header className="reader-header">
        <h1>
          <BilingualTitle title={passage.title} className="reader-title" />
        </h1>
        <p className="reader-facts">
          <span>{t('source', { source: localize(passage.source.name, lng) })}</span>
          <span>{t('translation', { by: passage.translation.by })}</span>
          {passage.translation.licence ? <span>{t('licence', { licence: passage.translation.licence })}</span> : null}
        </p>
        {/* Both texts are in the HTML; CSS shows the one for the device, so the page stays static. */}
        <p className="reader-howto">
          <span className="reader-howto-pointer">{t('howTo.pointer')}</span>
          <span className="reader-howto-touch">{t('howTo.touch')}</span>
        </p>
      </header>
      <ReaderText lng={lng} slug={slug} view={view} entries={entries} />
    </article>
  );
}
