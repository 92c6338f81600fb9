import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WorksheetPage } from '@/components/print/worksheet-page';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { buildWorksheet, readWorksheetOptions, type WorksheetQuery } from '@/lib/print';
import { keptReaderView } from '@/lib/reader';
import { findReadablePassage } from '../find-passage';

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<WorksheetQuery> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id } = await params;
  const found = isLng(lng) ? await findReadablePassage(id) : null;
  if (!found || !isLng(lng)) return {};
  return { title: getT(lng, 'print')('title', { title: found.passage.title[lng] }), robots: { index: false } };
}

/** A teacher's own passage as a worksheet, for whoever may read it (her, and the students it is assigned to). */
export default async function TeacherPassageWorksheetPage({ params, searchParams }: Props) {
  const { lng, id } = await params;
  assertLng(lng);
  const found = await findReadablePassage(id);
  if (!found) notFound();
  const { options, misread } = readWorksheetOptions(await searchParams);
  const entries = new Map(found.glossary.map((entry) => [entry.id, entry]));
  const worksheet = buildWorksheet(found.passage, keptReaderView(found.passage, found.linker), entries, options);
  const passagePath = `/${lng}/passages/${encodeURIComponent(found.id)}`;
  return (
    <WorksheetPage lng={lng} passage={found.passage} worksheet={worksheet} options={options} misread={misread}
      action={`${passagePath}/print`} back={{ href: passagePath, label: getT(lng, 'print')('back.passage') }} />
  );
}
