import Link from 'next/link';
import type { StudentActor } from '@/lib/auth';
import { listStudentAssignments } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { formatDateTime, type Lng } from '@/lib/i18n';
import { getT } from '@/lib/i18n/server';
import './assignments.css';

/** The signed-in student's assignments across their classes, with where their own work stands. */
export async function StudentAssignments({ lng, student }: { lng: Lng; student: StudentActor }) {
  const t = getT(lng, 'assignments');
  const listed = await listStudentAssignments({ db: await getDb(), actor: student });
  return (
    <section className="student-assignments" aria-labelledby="student-assignments-heading">
      <h2 id="student-assignments-heading">{t('student.heading')}</h2>
      {!listed.ok || listed.value.length === 0 ? (
        <p>{t('student.none')}</p>
      ) : (
        <ul className="student-assignment-list">
          {listed.value.map((assignment) => (
            <li key={assignment.id}>
              <Link href={`/${lng}/study/assignments/${assignment.id}`}>{assignment.title}</Link>{' '}
              <small>
                {assignment.className} · {assignment.dueAt ? t('due', { time: formatDateTime(lng, assignment.dueAt) }) : t('noDue')} ·{' '}
                <span className={`status status--${assignment.status}`}>{t(`status.${assignment.status}`)}</span>
                {assignment.late ? ` · ${t('status.late')}` : ''}
              </small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
