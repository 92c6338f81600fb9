import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AssignmentWork, type WorkRow } from '@/components/assignments/assignment-work';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { requireStudent } from '@/lib/auth/server';
import { maxAnswerLength } from '@/lib/classroom';
import { getStudentAssignment } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng, formatDateTime } from '@/lib/i18n';
import { readPassage, readPassageLinker } from '@/lib/passages';
import { keptReaderView } from '@/lib/reader';

type Props = { params: Promise<{ lng: string; assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'assignments')('work.title') } : {};
}

export default async function StudyAssignmentPage({ params }: Props) {
  const { lng, assignmentId } = await params;
  assertLng(lng);
  const actor = await requireStudent(lng);
  const db = await getDb();
  const outcome = await getStudentAssignment({ db, actor }, assignmentId);
  if (!outcome.ok) notFound();
  const work = outcome.value;
  const key = { source: work.passage.source, ref: work.passage.ref };
  const [passage, { entries, linker }] = await Promise.all([readPassage(db, key), readPassageLinker(db, key)]);
  if (!passage) notFound();
  const origins = new Map(entries.map((entry) => [entry.id, entry.origin]));
  const pairs = new Map(
    keptReaderView(passage, linker).paragraphs.flatMap((paragraph) => paragraph.pairs.map((pair) => [pair.linkId, pair])),
  );
  // Only what the data layer let through reaches the browser: the page's own copy of the passage gives the Hindi its links.
  const rows: WorkRow[] = work.rows.map((row) => ({
    key: row.key,
    hi:
      row.hi === null
        ? null
        : (pairs.get(row.linkId)?.hi ?? []).flatMap((sentence, position) => [
            ...(position > 0 ? [{ text: ' ' }] : []),
            ...sentence.segments.map((segment) =>
              segment.entryId ? { text: segment.text, entryId: segment.entryId, origin: origins.get(segment.entryId) } : { text: segment.text },
            ),
          ]),
    en: row.en,
  }));
  const submission = work.submission;
  const submitted = submission?.status === 'submitted' && submission.submittedAt ? submission : null;
  const t = getT(lng, 'assignments');
  return (
    <article className="page page--assignment">
      <header className="page-heading">
        <h1>{work.title}</h1>
        <p className="assignment-passage">
          <span lang="hi">{work.passage.title.hi}</span> · <span lang="en">{work.passage.title.en}</span>
        </p>
        <p>{work.dueAt ? t('due', { time: formatDateTime(lng, work.dueAt) }) : t('noDue')}</p>
      </header>
      {work.instructions ? (
        <section className="assignment-instructions" aria-label={t('work.instructions')}>
          {work.instructions.split(/\n+/).map((paragraph, position) => (
            <p key={position}>{paragraph}</p>
          ))}
        </section>
      ) : null}
      <I18nProvider lng={lng} resources={pickResources(lng, ['assignments'])}>
        <AssignmentWork
          lng={lng}
          assignmentId={work.id}
          rows={rows}
          translate={work.translate}
          direction={work.tasks.translate?.direction ?? null}
          quiz={work.quiz}
          initialAnswers={submission?.answers ?? { translations: {}, quiz: {} }}
          savedAt={submission && !submitted ? submission.updatedAt.toISOString() : null}
          reopened={Boolean(submission?.reopenedAt) && !submitted}
          maxAnswerLength={maxAnswerLength}
          result={
            submitted?.submittedAt
              ? {
                  submittedAt: submitted.submittedAt.toISOString(),
                  late: submitted.late,
                  chrf: submitted.scores?.chrf ?? {},
                  meanChrf: submitted.meanChrf,
                  quizCorrect: submitted.scores?.quizCorrect ?? 0,
                  quizTotal: submitted.scores?.quizTotal ?? 0,
                  feedback: submitted.feedback,
                }
              : null
          }
        />
      </I18nProvider>
    </article>
  );
}
