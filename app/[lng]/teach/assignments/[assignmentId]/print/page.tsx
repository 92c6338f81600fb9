import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WorksheetPage } from '@/components/print/worksheet-page';
import { requireTeacher } from '@/lib/auth/server';
import { getDb } from '@/lib/db/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { buildWorksheet, readWorksheetOptions, type WorksheetQuery } from '@/lib/print';
import { getAssignmentWorksheetSource } from '@/lib/print/server';
import { keptReaderView } from '@/lib/reader';

type Props = { params: Promise<{ lng: string; assignmentId: string }>; searchParams: Promise<WorksheetQuery> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'print')('link'), robots: { index: false } } : {};
}

/** An assignment's range as a worksheet, for the teacher whose class it was set in. */
export default async function AssignmentWorksheetPage({ params, searchParams }: Props) {
  const { lng, assignmentId } = await params;
  assertLng(lng);
  const assignmentPath = `/${lng}/teach/assignments/${encodeURIComponent(assignmentId)}`;
  const teacher = await requireTeacher(lng, `${assignmentPath}/print`);
  const found = await getAssignmentWorksheetSource({ db: await getDb(), actor: teacher }, assignmentId);
  if (!found.ok) notFound();
  const { assignment, passage, entries, linker } = found.value;
  const { options, misread } = readWorksheetOptions(await searchParams);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const worksheet = buildWorksheet(passage, keptReaderView(passage, linker), byId, options, assignment.range);
  return (
    <WorksheetPage lng={lng} passage={passage} worksheet={worksheet} options={options} misread={misread}
      action={`${assignmentPath}/print`} back={{ href: assignmentPath, label: getT(lng, 'print')('back.assignment') }}
      assignment={assignment} />
  );
}
