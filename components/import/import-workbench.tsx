'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposeResult, SaveResult } from '@/app/[lng]/import/actions';
import type { Lng } from '@/lib/i18n/settings';
import { toEntryId } from '@/lib/importer/ids';
import type { ImportProposal } from '@/lib/importer';
import { AlignmentEditor } from './alignment-editor';
import { EntryReview, type EntryDecision } from './entry-review';

/** Read a file as UTF-8, refusing bytes that are not: a garbled text must not be aligned. */
async function readUtf8File(file: File): Promise<string | null> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

const maxFileBytes = 1_000_000;

export function ImportWorkbench({
  lng,
  maxTextLength,
  propose,
  save,
}: {
  lng: Lng;
  maxTextLength: number;
  propose: (input: { hi: string; en: string; presplit: boolean }) => Promise<ProposeResult>;
  save: (input: unknown) => Promise<SaveResult>;
}) {
  const { t } = useTranslation('import');
  const router = useRouter();
  const [texts, setTexts] = useState({ hi: '', en: '' });
  const [presplit, setPresplit] = useState(false);
  const [proposal, setProposal] = useState<ImportProposal | null>(null);
  const [links, setLinks] = useState<ImportProposal['links']>([]);
  const [decisions, setDecisions] = useState<EntryDecision[]>([]);
  const [details, setDetails] = useState({
    titleHi: '',
    titleEn: '',
    slug: '',
    source: t('details.sourceDefault'),
    translationBy: t('details.translationDefault'),
  });
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<{ title: string; messages: string[] } | null>(null);
  const [pending, startTransition] = useTransition();

  const onFile = (side: 'hi' | 'en') => async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > maxFileBytes) {
      setErrors({ title: t('errors.proposeTitle'), messages: [t('errors.fileTooLarge', { name: file.name })] });
      return;
    }
    const text = await readUtf8File(file);
    if (text === null) {
      setErrors({ title: t('errors.proposeTitle'), messages: [t('errors.notUtf8', { name: file.name })] });
      return;
    }
    setErrors(null);
    setTexts((current) => ({ ...current, [side]: text }));
  };

  const onPropose = () =>
    startTransition(async () => {
      const result = await propose({ ...texts, presplit });
      if (!result.ok) {
        setErrors({ title: t('errors.proposeTitle'), messages: result.errors });
        return;
      }
      setErrors(null);
      setProposal(result.proposal);
      setLinks(result.proposal.links);
      setDecisions(result.proposal.candidates.map((entry) => ({ entry, status: 'pending' })));
    });

  const onSave = () =>
    startTransition(async () => {
      if (!proposal) return;
      const result = await save({
        slug: details.slug,
        title: { hi: details.titleHi, en: details.titleEn },
        source: details.source,
        translationBy: details.translationBy,
        hi: proposal.hi,
        en: proposal.en,
        kinds: proposal.kinds,
        links: links.map((link) => ({ hi: link.hi, en: link.en })),
        entries: decisions
          .filter((decision) => decision.status === 'accepted')
          .map((decision) => ({ ...decision.entry, reviewed: true })),
      });
      if (!result.ok) {
        setErrors({ title: t('errors.title'), messages: result.errors });
        return;
      }
      router.push(`/${lng}/read/${result.slug}`);
    });

  const errorBox = errors ? (
    <div className="form-errors" role="alert" data-testid="import-errors">
      <p>
        <strong>{errors.title}</strong>
      </p>
      <ul>
        {errors.messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  ) : null;

  if (!proposal) {
    return (
      <form
        className="import-form"
        onSubmit={(event) => {
          event.preventDefault();
          onPropose();
        }}
      >
        <p className="lead">{t('limit', { max: maxTextLength.toLocaleString(lng === 'hi' ? 'hi-IN' : 'en') })}</p>
        {errorBox}
        <div className="import-texts">
          {(['hi', 'en'] as const).map((side) => (
            <div key={side} className="import-text">
              <label htmlFor={`import-${side}`}>{t(side === 'hi' ? 'hindi' : 'english')}</label>
              {/* The field accepts somewhat more than the limit so that an oversized paste gets a message, not a silent cut. */}
              <textarea
                id={`import-${side}`}
                lang={side}
                rows={14}
                value={texts[side]}
                maxLength={maxTextLength * 2}
                onChange={(event) => setTexts((current) => ({ ...current, [side]: event.target.value }))}
              />
              <label className="file-label">
                {t('upload')}
                <input type="file" accept=".txt,text/plain" onChange={onFile(side)} data-testid={`upload-${side}`} />
              </label>
            </div>
          ))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={presplit} onChange={(event) => setPresplit(event.target.checked)} />
          {t('presplit')}
        </label>
        <p>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t('proposing') : t('propose')}
          </button>
        </p>
      </form>
    );
  }

  const setDetail = (key: keyof typeof details) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setDetails((current) => {
      const next = { ...current, [key]: value };
      if (key === 'titleEn' && !slugEdited) next.slug = toEntryId(value).slice(0, 80).replace(/-+$/, '');
      return next;
    });
    if (key === 'slug') setSlugEdited(true);
  };

  return (
    <div className="import-review">
      <section aria-labelledby="details-title" className="import-details">
        <h2 id="details-title">{t('details.title')}</h2>
        <div className="field-grid">
          <label>
            {t('details.titleHi')}
            <input lang="hi" value={details.titleHi} onChange={setDetail('titleHi')} required />
          </label>
          <label>
            {t('details.titleEn')}
            <input lang="en" value={details.titleEn} onChange={setDetail('titleEn')} required />
          </label>
          <label>
            {t('details.slug')}
            <input value={details.slug} onChange={setDetail('slug')} pattern="[a-z0-9]+(-[a-z0-9]+)*" required />
          </label>
          <label>
            {t('details.source')}
            <input value={details.source} onChange={setDetail('source')} required />
          </label>
          <label>
            {t('details.translationBy')}
            <input value={details.translationBy} onChange={setDetail('translationBy')} required />
          </label>
        </div>
      </section>
      <AlignmentEditor hi={proposal.hi} en={proposal.en} links={links} onChange={setLinks} />
      <EntryReview decisions={decisions} onChange={setDecisions} />
      {errorBox}
      <p className="import-actions">
        <button type="button" className="button button--primary" onClick={onSave} disabled={pending}>
          {pending ? t('saving') : t('save')}
        </button>{' '}
        <button
          type="button"
          className="button"
          onClick={() => {
            setProposal(null);
            setErrors(null);
          }}
        >
          {t('startOver')}
        </button>
      </p>
    </div>
  );
}
