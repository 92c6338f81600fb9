import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NewAssignmentForm, type RangeRow } from '@/components/assignments/new-assignment-form';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { requireTeacher } from '@/lib/auth/server';
import { maxInstructionsLength } from '@/lib/classroom';
import { listAssignablePassages, maxTitleLength, readAssignableClass, readPassageToAssign } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { createAssignmentAction } from './actions';

type Props = { params: Promise<{ lng: string; classId: string }>; searchParams: Promise<{ passage?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'assignments')('new.title') } : {};
}

export default async function NewAssignmentPage({ params, searchParams }: Props) {
  const { lng, classId } = await params;
  assertLng(lng);
  const here = `/${lng}/teach/classes/${encodeURIComponent(classId)}/assignments/new`;
  const actor = await requireTeacher(lng, here);
  const context = { db: await getDb(), actor };
  const classroom = await readAssignableClass(context, classId);
  if (!classroom.ok) notFound();
  const t = getT(lng, 'assignments');
  const chosen = (await searchParams).passage;
  const passageParam = typeof chosen === 'string' ? chosen : undefined;

  if (!passageParam) {
    const passages = await listAssignablePassages(context);
    if (!passages.ok) notFound();
    return (
      <div className="page page--new-assignment">
        <h1>{t('new.title')}</h1>
        <p className="lead">{t('new.forClass', { name: classroom.value.name })}</p>
        <h2>{t('new.choosePassage')}</h2>
        <ul className="new-passages">
          {passages.value.map((passage) => (
            <li key={`${passage.source}:${passage.ref}`}>
              <Link href={`${here}?passage=${encodeURIComponent(`${passage.source}:${passage.ref}`)}`}>
                <span lang="hi">{passage.title.hi}</span> · <span lang="en">{passage.title.en}</span>
              </Link>{' '}
              <small>
                {t(passage.source === 'teacher' ? 'new.ownPassage' : 'new.libraryPassage')} · {t('new.sentences', { count: passage.sentenceCount })}
              </small>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const [source, ...rest] = passageParam.split(':');
  const passage = await readPassageToAssign(context, { source, ref: rest.join(':') });
  if (!passage.ok) notFound();
  const rows: RangeRow[] = passage.value.links.flatMap((link) => {
    const key = link.hi[0];
    if (key === undefined) return [];
    return [
      {
        key,
        hi: link.hi.map((index) => ({ index, text: passage.value.hi.sentences[index]?.text ?? '' })),
        en: link.en.map((index) => passage.value.en.sentences[index]?.text ?? '').join(' '),
      },
    ];
  });
  return (
    <div className="page page--new-assignment">
      <h1>{t('new.title')}</h1>
      <p className="lead">
        {t('new.forClass', { name: classroom.value.name })} · <Link href={here}>{t('new.otherPassage')}</Link>
      </p>
      <p>
        <span lang="hi">{passage.value.title.hi}</span> · <span lang="en">{passage.value.title.en}</span>
      </p>
      <I18nProvider lng={lng} resources={pickResources(lng, ['assignments'])}>
        <NewAssignmentForm
          lng={lng}
          classId={classroom.value.id}
          passage={passageParam}
          defaultTitle={passage.value.title[lng]}
          rows={rows}
          sentenceCount={passage.value.hi.sentences.length}
          maxInstructionsLength={maxInstructionsLength}
          maxTitleLength={maxTitleLength}
          action={createAssignmentAction}
        />
      </I18nProvider>
    </div>
  );
}
