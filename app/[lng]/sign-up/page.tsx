import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountForm } from '@/components/account/account-form';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { maxPasswordLength, minPasswordLength } from '@/lib/auth';
import { safeNextPath } from '@/lib/auth/server';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { signUpAction } from '../sign-in/actions';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<{ next?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'account')('signUp.title') } : {};
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const next = safeNextPath((await searchParams).next, `/${lng}/teach`);
  const t = getT(lng, 'account');
  return (
    <div className="page page--account">
      <h1>{t('signUp.title')}</h1>
      <p className="lead">{t('signUp.intro')}</p>
      <I18nProvider lng={lng} resources={pickResources(lng, ['account'])}>
        <AccountForm
          mode="sign-up"
          lng={lng}
          next={next}
          minPasswordLength={minPasswordLength}
          maxPasswordLength={maxPasswordLength}
          action={signUpAction}
        />
      </I18nProvider>
      <p>
        <Link href={`/${lng}/sign-in?next=${encodeURIComponent(next)}`}>{t('signUp.toSignIn')}</Link>
      </p>
    </div>
  );
}
