import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EntryDetails } from '@/components/glossary/entry-details';
import { OccurrenceList } from '@/components/glossary/occurrence-list';
import { listGlossaryIds } from '@/lib/content';
import { getAllPassages, getGlossary, getGlossaryLinker } from '@/lib/content/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { indexOccurrences } from '@/lib/reader';

type Props = { params: Promise<{ lng: string; id: string }> };

// Entry pages are the long tail (two per entry, each indexing every passage): rendering them all
// made the first start take minutes. Each is rendered on its first request and then kept; saving a
// passage revalidates them with the rest.
export function generateStaticParams(): Array<{ lng: string; id: string }> {
  return [];
}

async function findEntry(id: string) {
  // An unknown id is answered from the folder listing, without parsing the whole glossary.
  if (!(await listGlossaryIds()).includes(id)) return undefined;
  const entries = await getGlossary();
  return entries.find((entry) => entry.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const entry = await findEntry(id);
  return entry ? { title: `${entry.headword} (${entry.source})` } : {};
}

export default async function GlossaryEntryPage({ params }: Props) {
  const { lng, id } = await params;
  assertLng(lng);
  const entry = await findEntry(id);
  if (!entry) notFound();
  const [glossary, passages, linker] = await Promise.all([getGlossary(), getAllPassages(), getGlossaryLinker()]);
  const occurrences = indexOccurrences(passages, linker).get(entry.id) ?? [];
  const t = getT(lng, 'glossary');
  return (
    <div className="page page--entry">
      <p>
        <Link href={`/${lng}/glossary`}>← {t('backToGlossary')}</Link>
      </p>
      <h1 lang="hi">{entry.headword}</h1>
      <EntryDetails lng={lng} entry={entry} glossary={glossary} />
      <OccurrenceList lng={lng} entryId={entry.id} occurrences={occurrences} />
    </div>
  );
}
