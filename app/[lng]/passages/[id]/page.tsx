import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReaderHeader } from '@/components/reader/reader-header';
import { ReaderText } from '@/components/reader/reader-text';
import { assertLng } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { buildReaderView } from '@/lib/reader';
import { findReadablePassage } from './find-passage';

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id } = await params;
  const found = isLng(lng) ? await findReadablePassage(id) : null;
  if (!found) return {};
  return { title: found.passage.title[lng === 'hi' ? 'hi' : 'en'], robots: { index: false } };
}

/** A teacher's own passage, for her and for the students of classes it is assigned to; rendered on request. */
export default async function TeacherPassagePage({ params }: Props) {
  const { lng, id } = await params;
  assertLng(lng);
  const found = await findReadablePassage(id);
  if (!found) notFound();
  const view = buildReaderView(found.passage, found.linker);
  const entries = new Map(found.glossary.map((entry) => [entry.id, entry]));
  return (
    <article className="page page--reader">
      <ReaderHeader lng={lng} passage={found.passage} printHref={`/${lng}/passages/${encodeURIComponent(found.id)}/print`} />
      <ReaderText lng={lng} slug={found.slug} cardsUrl={`/${lng}/passages/${found.id}/cards`}
        passageRef={{ source: 'teacher', ref: found.id }}
        view={view} entries={entries} />
    </article>
  );
}
