import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReaderHeader } from '@/components/reader/reader-header';
import { ReaderText } from '@/components/reader/reader-text';
import { listPassageSlugs } from '@/lib/content';
import { getGlossary, getGlossaryLinker, getPassage } from '@/lib/content/server';
import { assertLng } from '@/lib/i18n/server';
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
  return (
    <article className="page page--reader">
      <ReaderHeader lng={lng} passage={passage} printHref={`/${lng}/read/${encodeURIComponent(slug)}/print`} />
      <ReaderText lng={lng} slug={slug} passageRef={{ source: 'library', ref: slug }} view={view} entries={entries} />
    </article>
  );
}
