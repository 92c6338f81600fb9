import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountForm } from '@/components/account/account-form';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { maxPasswordLength, minPasswordLength } from '@/lib/auth';
import { safeNextPath } from '@/lib/auth/server';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { signInAction } from './actions';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<{ next?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'account')('signIn.title') } : {};
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const next = safeNextPath((await searchParams).next, `/${lng}/teach`);
  const t = getT(lng, 'account');
  return (
    <div className="page page--account">
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.intro')}</p>
      <I18nProvider lng={lng} resources={pickResources(lng, ['account'])}>
        <AccountForm
          mode="sign-in"
          lng={lng}
          next={next}
          minPasswordLength={minPasswordLength}
          maxPasswordLength={maxPasswordLength}
          action={signInAction}
        />
      </I18nProvider>
      <p>
        <Link href={`/${lng}/sign-up?next=${encodeURIComponent(next)}`}>{t('signIn.toSignUp')}</Link>
      </p>
      <p className="account-aside">
        <Link href={`/${lng}/join`}>{t('signIn.studentHint')}</Link>
      </p>
    </div>
  );
}
