import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WorksheetPage } from '@/components/print/worksheet-page';
import { getGlossary, getGlossaryLinker, getPassage } from '@/lib/content/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { buildWorksheet, readWorksheetOptions, type WorksheetQuery } from '@/lib/print';
import { keptReaderView } from '@/lib/reader';

type Props = { params: Promise<{ lng: string; slug: string }>; searchParams: Promise<WorksheetQuery> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, slug } = await params;
  const passage = isLng(lng) ? await getPassage(slug) : null;
  if (!passage || !isLng(lng)) return {};
  return { title: getT(lng, 'print')('title', { title: passage.title[lng] }), robots: { index: false } };
}

/** A library passage as a printable worksheet, with the options its form chose. */
export default async function LibraryWorksheetPage({ params, searchParams }: Props) {
  const { lng, slug } = await params;
  assertLng(lng);
  const passage = await getPassage(slug);
  if (!passage) notFound();
  const [glossary, linker] = await Promise.all([getGlossary(), getGlossaryLinker()]);
  const { options, misread } = readWorksheetOptions(await searchParams);
  const entries = new Map(glossary.map((entry) => [entry.id, entry]));
  const worksheet = buildWorksheet(passage, keptReaderView(passage, linker), entries, options);
  const readerPath = `/${lng}/read/${encodeURIComponent(slug)}`;
  return (
    <WorksheetPage lng={lng} passage={passage} worksheet={worksheet} options={options} misread={misread}
      action={`${readerPath}/print`} back={{ href: readerPath, label: getT(lng, 'print')('back.passage') }} />
  );
}
