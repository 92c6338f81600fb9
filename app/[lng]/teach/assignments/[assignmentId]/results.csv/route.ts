import { getActor } from '@/lib/auth/server';
import { getAssignmentResults, resultsCsv, type ResultsCsvLabels } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { isLng } from '@/lib/i18n';
import { getT } from '@/lib/i18n/server';

type Context = { params: Promise<{ lng: string; assignmentId: string }> };

function labelsFor(lng: 'en' | 'hi'): ResultsCsvLabels {
  const t = getT(lng, 'review');
  return {
    student: t('columns.student'),
    status: t('columns.status'),
    submittedAt: t('columns.submittedAt'),
    late: t('columns.late'),
    quizPercent: t('columns.quizPercent'),
    meanChrf: t('columns.meanChrf'),
    revealed: t('columns.revealed'),
    revealedOf: t('columns.revealedOf'),
    statuses: { 'not-started': t('status.not-started'), draft: t('status.draft'), submitted: t('status.submitted') },
    yes: t('yes'),
    no: t('no'),
  };
}

/** A file name every browser and file system takes: ASCII letters and digits, the rest as dashes. */
function safeFileName(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return ascii === '' ? 'results' : ascii;
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { lng, assignmentId } = await params;
  if (!isLng(lng)) return notFound();
  const actor = await getActor();
  if (actor?.role !== 'teacher') return notFound();
  const results = await getAssignmentResults({ db: await getDb(), actor }, assignmentId);
  if (!results.ok) return notFound();
  const title = results.value.assignment.title;
  const fileName = safeFileName(title);
  return new Response(resultsCsv(results.value.rows, labelsFor(lng)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}.csv"; filename*=UTF-8''${encodeURIComponent(title)}.csv`,
      'Cache-Control': 'private, no-store',
    },
  });
}
