import type { Metadata } from 'next';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { JoinForm } from '@/components/classes/join-form';
import { ReenterForm } from '@/components/classes/reenter-form';
import { getActor } from '@/lib/auth/server';
import { maxNameLength } from '@/lib/classroom';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { joinAction, reenterAction } from './actions';
import '@/components/classes/classes.css';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<{ code?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'classroom')('join.title') } : {};
}

export default async function JoinPage({ params, searchParams }: Props) {
  const { lng } = await params;
  assertLng(lng);
  const { code } = await searchParams;
  const initialCode = typeof code === 'string' ? code.slice(0, 40) : '';
  const actor = await getActor();
  const t = getT(lng, 'classroom');
  return (
    <div className="page page--join">
      <h1>{t('join.title')}</h1>
      <p className="lead">{t('join.intro')}</p>
      {actor?.role === 'student' ? <p>{t('join.signedInAs', { name: actor.name })}</p> : null}
      <I18nProvider lng={lng} resources={pickResources(lng, ['classroom'])}>
        <JoinForm lng={lng} initialCode={initialCode} maxNameLength={maxNameLength} action={joinAction} />
        <section className="reenter" aria-labelledby="reenter-heading">
          <h2 id="reenter-heading">{t('join.reenterHeading')}</h2>
          <p>{t('join.reenterIntro')}</p>
          <ReenterForm lng={lng} action={reenterAction} />
        </section>
      </I18nProvider>
    </div>
  );
}
