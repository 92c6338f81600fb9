import { StudentAssignments } from '@/components/assignments/student-assignments';
import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/account/sign-out-button';
import { requireStudent } from '@/lib/auth/server';
import { listStudentClasses } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { signOutAction } from '../sign-in/sign-out-action';
import '@/components/classes/classes.css';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'classroom')('study.title') } : {};
}

export default async function StudyPage({ params }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const student = await requireStudent(lng);
  const t = getT(lng, 'classroom');
  const listed = await listStudentClasses({ db: await getDb(), actor: student });
  const classes = listed.ok ? listed.value : [];
  return (
    <div className="page page--study">
      <h1>{t('study.title')}</h1>
      <p className="lead">{t('study.signedInAs', { name: student.name })}</p>
      <section className="classes-section">
        {classes.length === 0 ? (
          <p>{t('study.none')}</p>
        ) : (
          <ul className="class-list">
            {classes.map((entry) => (
              <li key={entry.classId} className="class-card">
                <span className="class-card-name">{entry.name}</span>
                <span>{t('study.teacher', { name: entry.teacherName })}</span>
                <span>{t('study.yourName', { name: entry.displayName })}</span>
                {entry.archived ? <span>{t('study.archived')}</span> : null}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={`/${lng}/join`}>{t('study.joinAnother')}</Link>
        </p>
      </section>
      <StudentAssignments lng={lng} student={student} />
      <section className="study-signout" aria-label={t('study.signOut')}>
        <p>{t('study.signOutWarning')}</p>
        <SignOutButton lng={lng} label={t('study.signOut')} action={signOutAction} />
      </section>
    </div>
  );
}
