import Link from 'next/link';
import type { TeacherActor } from '@/lib/auth';
import { listClassAssignments } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { formatDateTime, type Lng } from '@/lib/i18n';
import { getT } from '@/lib/i18n/server';
import './assignments.css';

/** A class's assignments for its teacher, with how many students have handed each in. */
export async function ClassAssignments({ lng, teacher, classId }: { lng: Lng; teacher: TeacherActor; classId: string }) {
  const t = getT(lng, 'assignments');
  const listed = await listClassAssignments({ db: await getDb(), actor: teacher }, classId);
  const newHref = `/${lng}/teach/classes/${encodeURIComponent(classId)}/assignments/new`;
  return (
    <section className="class-assignments" aria-labelledby="class-assignments-heading">
      <h2 id="class-assignments-heading">{t('class.heading')}</h2>
      <p>
        <Link className="button button--primary" href={newHref}>
          {t('class.new')}
        </Link>
      </p>
      {!listed.ok || listed.value.length === 0 ? (
        <p>{t('class.none')}</p>
      ) : (
        <table className="assignment-table">
          <thead>
            <tr>
              <th scope="col">{t('class.columns.title')}</th>
              <th scope="col">{t('class.columns.due')}</th>
              <th scope="col">{t('class.columns.submitted')}</th>
            </tr>
          </thead>
          <tbody>
            {listed.value.map((assignment) => (
              <tr key={assignment.id}>
                <td>
                  <Link href={`/${lng}/teach/assignments/${assignment.id}`}>{assignment.title}</Link>
                </td>
                <td>{assignment.dueAt ? formatDateTime(lng, assignment.dueAt) : t('noDue')}</td>
                <td>{t('class.submittedOf', { submitted: assignment.submittedCount, students: assignment.studentCount })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
