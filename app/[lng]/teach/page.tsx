import type { Metadata } from 'next';
import { SignOutButton } from '@/components/account/sign-out-button';
import { requireTeacher } from '@/lib/auth/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { signOutAction } from '../sign-in/sign-out-action';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'classroom')('teach.title') } : {};
}

export default async function TeachPage({ params }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const teacher = await requireTeacher(lng, `/${lng}/teach`);
  const t = getT(lng, 'classroom');
  const account = getT(lng, 'account');
  return (
    <div className="page page--teach">
      <header className="page-heading">
        <h1>{t('teach.title')}</h1>
        <p>{account('signedInAs', { name: teacher.name })}</p>
        <SignOutButton lng={lng} label={account('signOut')} action={signOutAction} />
      </header>
    </div>
  );
}
