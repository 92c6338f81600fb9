import { ClassAssignments } from '@/components/assignments/class-assignments';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClassNameForm } from '@/components/classes/class-name-form';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { requireTeacher } from '@/lib/auth/server';
import { maxNameLength } from '@/lib/classroom';
import { getClassForTeacher } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { pickResources } from '@/lib/i18n/resources';
import { assertLng, getT } from '@/lib/i18n/server';
import { intlLocales, isLng } from '@/lib/i18n';
import {
  deleteClassAction,
  regenerateJoinCodeAction,
  removeStudentAction,
  renameClassAction,
  resetReentryCodeAction,
  setArchivedAction,
} from '../../actions';
import { requestOrigin } from './origin';
import '@/components/classes/classes.css';

type Props = { params: Promise<{ lng: string; classId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'classroom')('teach.title') } : {};
}

function Hidden({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

export default async function ClassPage({ params }: Props) {
  const { lng, classId } = await params;
  assertLng(lng);
  const teacher = await requireTeacher(lng, `/${lng}/teach/classes/${encodeURIComponent(classId)}`);
  const found = await getClassForTeacher({ db: await getDb(), actor: teacher }, classId);
  if (!found.ok) notFound();
  const group = found.value;
  const t = getT(lng, 'classroom');
  const origin = await requestOrigin();
  const dateFormat = new Intl.DateTimeFormat(intlLocales[lng], { dateStyle: 'medium' });
  const ids = { lng, classId: group.id };
  return (
    <div className="page page--class">
      <p>
        <Link href={`/${lng}/teach`}>← {t('class.back')}</Link>
      </p>
      <h1>{group.name}</h1>
      {group.archived ? (
        <p className="class-archived-note" role="status">
          {t('class.archivedNote')}
        </p>
      ) : null}

      <div className="class-panels">
        <section aria-labelledby="rename-heading" className="class-panel">
          <h2 id="rename-heading">{t('class.rename')}</h2>
          <I18nProvider lng={lng} resources={pickResources(lng, ['classroom'])}>
            <ClassNameForm
              lng={lng}
              classId={group.id}
              initialName={group.name}
              maxNameLength={maxNameLength}
              submitLabel={t('class.rename')}
              action={renameClassAction}
            />
          </I18nProvider>
        </section>

        <section aria-labelledby="code-heading" className="class-panel">
          <h2 id="code-heading">{t('class.joinCodeHeading')}</h2>
          <p className="join-code" data-testid="join-code">
            {group.joinCode}
          </p>
          <p>{t('class.joinCodeHelp', { address: `${origin}/${lng}/join` })}</p>
          <p>
            <Link className="button button--primary" href={`/${lng}/teach/classes/${group.id}/sheet`}>
              {t('class.sheet')}
            </Link>
          </p>
          <details className="confirm">
            <summary className="button">{t('class.regenerate')}</summary>
            <form action={regenerateJoinCodeAction}>
              <Hidden fields={ids} />
              <p>{t('class.regenerateConfirm')}</p>
              <button type="submit" className="button button--danger">
                {t('class.regenerateYes')}
              </button>
            </form>
          </details>
        </section>
        <section aria-labelledby="manage-heading" className="class-panel">
          <h2 id="manage-heading">{t('class.manageHeading')}</h2>
          <form action={setArchivedAction}>
            <Hidden fields={{ ...ids, archived: group.archived ? 'false' : 'true' }} />
            <button type="submit" className="button">
              {group.archived ? t('class.unarchive') : t('class.archive')}
            </button>
          </form>
          <details className="confirm">
            <summary className="button">{t('class.delete')}</summary>
            <form action={deleteClassAction}>
              <Hidden fields={ids} />
              <p>{t('class.deleteConfirm', { name: group.name })}</p>
              <button type="submit" className="button button--danger">
                {t('class.deleteYes')}
              </button>
            </form>
          </details>
        </section>
      </div>

      <section aria-labelledby="roster-heading" className="classes-section">
        <h2 id="roster-heading">{t('class.rosterHeading')}</h2>
        {group.roster.length === 0 ? (
          <p>{t('class.rosterEmpty')}</p>
        ) : (
          <div className="roster-scroll">
            <table className="roster">
              <thead>
                <tr>
                  <th scope="col">{t('class.colName')}</th>
                  <th scope="col">{t('class.colJoined')}</th>
                  <th scope="col">{t('class.colCode')}</th>
                  <th scope="col">{t('class.colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {group.roster.map((entry) => (
                  <tr key={entry.studentId}>
                    <th scope="row">{entry.displayName}</th>
                    <td>{dateFormat.format(entry.joinedAt)}</td>
                    <td className="reentry-cell">{entry.reentryCode}</td>
                    <td className="roster-actions">
                      <form action={resetReentryCodeAction}>
                        <Hidden fields={{ ...ids, studentId: entry.studentId }} />
                        <button type="submit" className="button" aria-label={t('class.resetCodeFor', { name: entry.displayName })}>
                          {t('class.resetCode')}
                        </button>
                      </form>
                      <details className="confirm">
                        <summary className="button" aria-label={t('class.removeFor', { name: entry.displayName })}>
                          {t('class.remove')}
                        </summary>
                        <form action={removeStudentAction}>
                          <Hidden fields={{ ...ids, studentId: entry.studentId }} />
                          <p>{t('class.removeConfirm', { name: entry.displayName })}</p>
                          <button type="submit" className="button button--danger">
                            {t('class.removeYes')}
                          </button>
                        </form>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ClassAssignments lng={lng} teacher={teacher} classId={group.id} />

    </div>
  );
}
