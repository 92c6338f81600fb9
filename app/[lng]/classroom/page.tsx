import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'classroom')('entry.title') } : {};
}

/** The header's one link for everyone: teachers and students go on to their own pages. */
export default async function ClassroomEntryPage({ params }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const actor = await getActor();
  if (actor?.role === 'teacher') redirect(`/${lng}/teach`);
  if (actor?.role === 'student') redirect(`/${lng}/study`);
  const t = getT(lng, 'classroom');
  return (
    <div className="page page--classroom-entry">
      <h1>{t('entry.title')}</h1>
      <div className="entry-choices">
        <section>
          <h2>{t('entry.studentHeading')}</h2>
          <p>{t('entry.studentBody')}</p>
          <Link className="button button--primary" href={`/${lng}/join`}>
            {t('entry.join')}
          </Link>
        </section>
        <section>
          <h2>{t('entry.teacherHeading')}</h2>
          <p>{t('entry.teacherBody')}</p>
          <Link className="button" href={`/${lng}/sign-in`}>
            {t('entry.signIn')}
          </Link>{' '}
          <Link href={`/${lng}/sign-up`}>{t('entry.signUp')}</Link>
        </section>
      </div>
    </div>
  );
}
