'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lng } from '@/lib/i18n';
import type { ImportProposal, ProposeImportResult, SaveImportResult } from '@/lib/importer';
import { toEntryId } from '@/lib/importer/browser';
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

type Side = 'hi' | 'en';

const numberLocale = (lng: Lng) => (lng === 'hi' ? 'hi-IN' : 'en');

function formatBytes(lng: Lng, bytes: number): string {
  const unit = bytes >= 1_000_000 ? 'megabyte' : 'kilobyte';
  const value = bytes / (unit === 'megabyte' ? 1_000_000 : 1_000);
  return new Intl.NumberFormat(numberLocale(lng), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

export function ImportWorkbench({
  lng,
  maxTextLength,
  maxUploadBytes,
  propose,
  save,
}: {
  lng: Lng;
  maxTextLength: number;
  maxUploadBytes: number;
  propose: (input: { hi: string; en: string; presplit: boolean }) => Promise<ProposeImportResult>;
  save: (input: unknown) => Promise<SaveImportResult>;
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
  // What was refused before anything was sent, by side, so that both sides' problems show at once.
  const [refusals, setRefusals] = useState<Partial<Record<Side, string>>>({});
  const [errors, setErrors] = useState<{ title: string; messages: string[] } | null>(null);
  const [pending, startTransition] = useTransition();
  const formatCount = (value: number) => value.toLocaleString(numberLocale(lng));

  const acceptText = (side: Side, text: string) => {
    setTexts((current) => ({ ...current, [side]: text }));
    setRefusals(({ [side]: _refused, ...rest }) => rest);
  };
  const refuse = (side: Side, message: string) => setRefusals((current) => ({ ...current, [side]: message }));

  // An oversized text is refused as it arrives, with the field keeping what it had: it is never sent.
  const offerText = (side: Side, text: string) => {
    if (text.length <= maxTextLength) acceptText(side, text);
    else refuse(side, t(`errors.tooLongPaste_${side}`, { length: formatCount(text.length), max: formatCount(maxTextLength) }));
  };

  const onFile = (side: Side) => async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > maxUploadBytes) {
      refuse(side, t('errors.fileTooLarge', { name: file.name, size: formatBytes(lng, file.size), max: formatBytes(lng, maxUploadBytes) }));
      return;
    }
    const text = await readUtf8File(file);
    if (text === null) refuse(side, t('errors.notUtf8', { name: file.name }));
    else offerText(side, text);
  };

  const onPropose = () => {
    setErrors(null);
    if (Object.keys(refusals).length > 0) return;
    startTransition(async () => {
      let result: ProposeImportResult;
      try {
        result = await propose({ ...texts, presplit });
      } catch (error) {
        console.error(error);
        setErrors({ title: t('errors.proposeTitle'), messages: [t('errors.failed')] });
        return;
      }
      if (!result.ok) {
        setErrors({ title: t('errors.proposeTitle'), messages: result.errors });
        return;
      }
      setProposal(result.proposal);
      setLinks(result.proposal.links);
      setDecisions(result.proposal.candidates.map((entry) => ({ entry, status: 'pending', genderGuessed: true })));
    });
  };

  const onSave = () =>
    startTransition(async () => {
      if (!proposal) return;
      const request = {
        slug: details.slug,
        title: { hi: details.titleHi, en: details.titleEn },
        source: details.source,
        translationBy: details.translationBy,
        hi: proposal.hi,
        en: proposal.en,
        kinds: proposal.kinds,
        links: links.map((link) => ({ hi: link.hi, en: link.en })),
        // The server decides whether an entry counts as reviewed, from its meaning.
        entries: decisions.filter((decision) => decision.status === 'accepted').map((decision) => decision.entry),
      };
      let result: SaveImportResult;
      try {
        result = await save(request);
      } catch (error) {
        console.error(error);
        setErrors({ title: t('errors.title'), messages: [t('errors.failed')] });
        return;
      }
      if (!result.ok) {
        setErrors({ title: t('errors.title'), messages: result.errors });
        return;
      }
      router.push(result.href);
    });

  const refused = proposal ? [] : (['hi', 'en'] as const).flatMap((side) => refusals[side] ?? []);
  const errorMessages = [...refused, ...(errors?.messages ?? [])];
  const errorBox =
    errorMessages.length > 0 ? (
      <div className="form-errors" role="alert" data-testid="import-errors">
        <p>
          <strong>{errors?.title ?? t('errors.proposeTitle')}</strong>
        </p>
        <ul>
          {errorMessages.map((message) => (
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
        <p className="lead">{t('limit', { max: formatCount(maxTextLength) })}</p>
        {errorBox}
        <div className="import-texts">
          {(['hi', 'en'] as const).map((side) => (
            <div key={side} className="import-text">
              <label htmlFor={`import-${side}`}>{t(side === 'hi' ? 'hindi' : 'english')}</label>
              {/* No maxLength: the browser would cut an oversized paste silently; offerText refuses it with a message. */}
              <textarea
                id={`import-${side}`}
                lang={side}
                rows={14}
                value={texts[side]}
                aria-invalid={refusals[side] ? true : undefined}
                onChange={(event) => offerText(side, event.target.value)}
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
