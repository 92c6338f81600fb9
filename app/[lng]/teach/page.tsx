import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/account/sign-out-button';
import { ClassNameForm } from '@/components/classes/class-name-form';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { requireTeacher } from '@/lib/auth/server';
import { maxNameLength } from '@/lib/classroom';
import { listTeacherClasses, type TeacherClassSummary } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n';
import { signOutAction } from '../sign-in/sign-out-action';
import { createClassAction } from './actions';
import '@/components/classes/classes.css';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'classroom')('teach.title') } : {};
}

function ClassList({ lng, classes }: { lng: Lng; classes: TeacherClassSummary[] }) {
  const t = getT(lng, 'classroom');
  return (
    <ul className="class-list">
      {classes.map((entry) => (
        <li key={entry.id} className="class-card">
          <Link href={`/${lng}/teach/classes/${entry.id}`} className="class-card-name">
            {entry.name}
          </Link>
          <span>{t('teach.students', { count: entry.studentCount })}</span>
          <span className="class-code-inline">{t('teach.joinCode', { code: entry.joinCode })}</span>
        </li>
      ))}
    </ul>
  );
}

export default async function TeachPage({ params }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const teacher = await requireTeacher(lng, `/${lng}/teach`);
  const t = getT(lng, 'classroom');
  const account = getT(lng, 'account');
  const listed = await listTeacherClasses({ db: await getDb(), actor: teacher });
  const classes = listed.ok ? listed.value : [];
  const active = classes.filter((entry) => !entry.archived);
  const archived = classes.filter((entry) => entry.archived);
  return (
    <div className="page page--teach">
      <header className="page-heading">
        <h1>{t('teach.title')}</h1>
        <p>{account('signedInAs', { name: teacher.name })}</p>
        <SignOutButton lng={lng} label={account('signOut')} action={signOutAction} />
      </header>
      <p className="lead">{t('teach.intro')}</p>

      <section aria-labelledby="new-class-heading" className="classes-section">
        <h2 id="new-class-heading">{t('teach.newClassHeading')}</h2>
        <I18nProvider lng={lng} resources={pickResources(lng, ['classroom'])}>
          <ClassNameForm lng={lng} initialName="" maxNameLength={maxNameLength} submitLabel={t('teach.create')} action={createClassAction} />
        </I18nProvider>
      </section>

      <section aria-labelledby="active-heading" className="classes-section">
        <h2 id="active-heading">{t('teach.activeHeading')}</h2>
        {active.length > 0 ? <ClassList lng={lng} classes={active} /> : <p>{t('teach.none')}</p>}
      </section>

      {archived.length > 0 ? (
        <section aria-labelledby="archived-heading" className="classes-section">
          <h2 id="archived-heading">{t('teach.archivedHeading')}</h2>
          <ClassList lng={lng} classes={archived} />
        </section>
      ) : null}

      <section aria-labelledby="passages-heading" className="classes-section">
        <h2 id="passages-heading">{t('teach.passagesHeading')}</h2>
        <p>{t('teach.addPassageBody')}</p>
        <Link className="button" href={`/${lng}/import`}>
          {t('teach.addPassage')}
        </Link>
      </section>
    </div>
  );
}
