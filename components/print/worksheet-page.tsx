import Link from 'next/link';
import { BilingualTitle } from '@/components/library/bilingual-title';
import { localize, type Passage } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';
import { pageRule, type SentenceRange, type Worksheet, type WorksheetLine, type WorksheetOptions } from '@/lib/print';
import { PrintButton } from './print-button';
import { WorksheetOptionsForm } from './worksheet-options-form';
import './print.css';

interface WorksheetPageProps {
  lng: Lng;
  passage: Passage;
  worksheet: Worksheet;
  options: WorksheetOptions;
  /** Options the address named with values not understood: the page says so. */
  misread: readonly string[];
  /** The worksheet's own address, where its options form sends. */
  action: string;
  back: { href: string; label: string };
  assignment?: { title: string; className: string; range: SentenceRange };
}

/** A worksheet on screen with its options above it; on paper, the worksheet alone. */
export function WorksheetPage({ lng, passage, worksheet, options, misread, action, back, assignment }: WorksheetPageProps) {
  const t = getT(lng, 'print');
  const common = getT(lng, 'common');
  const { source, translation } = passage;
  return (
    <div className="page page--worksheet" data-paper={options.paper} data-english={options.english}>
      {/* Paper size is one of two fixed rules, so the page can choose it without a stylesheet per size. */}
      <style>{pageRule(options.paper)}</style>
      <div className="worksheet-controls">
        <p>
          <Link href={back.href} prefetch={false}>{back.label}</Link>
        </p>
        {misread.length > 0 ? (
          <p className="form-errors" role="status">{t('options.misread')}</p>
        ) : null}
        <WorksheetOptionsForm action={action} options={options} t={t} />
        <p className="worksheet-print-row">
          <PrintButton label={t('print')} />
          <span className="worksheet-hint">{t('printHint')}</span>
        </p>
      </div>
      <article className="worksheet" aria-labelledby="worksheet-title">
        <header className="worksheet-header">
          <h1 id="worksheet-title">
            <BilingualTitle title={passage.title} className="worksheet-title" />
          </h1>
          <p className="worksheet-facts">
            <span>{t('source', { source: localize(source.name, lng) })}</span>
            {source.licence ? <span>{t('licence', { licence: source.licence })}</span> : null}
            <span>{t('translation', { by: translation.by })}</span>
            {translation.licence ? <span>{t('licence', { licence: translation.licence })}</span> : null}
          </p>
          {assignment ? (
            <p className="worksheet-facts" data-testid="worksheet-assignment">
              <span>{t('assignment', { title: assignment.title, className: assignment.className })}</span>
              <span>{t('range', { first: assignment.range.firstSentence + 1, last: assignment.range.lastSentence + 1 })}</span>
            </p>
          ) : null}
          <p className="worksheet-name">
            <span>{t('name')}:</span>
            <span className="worksheet-fill" />
            <span>{t('date')}:</span>
            <span className="worksheet-fill worksheet-fill--short" />
          </p>
        </header>
        <ol className="worksheet-lines" aria-label={t('linesLabel')}>
          {worksheet.lines.map((line) => (
            <NumberedLine key={line.linkId} line={line} english={options.english} writeHere={t('writeHere', { number: line.number })} romanizedLabel={t('romanizedLabel')} />
          ))}
        </ol>
        <section className="worksheet-glossary" aria-labelledby="worksheet-glossary-heading">
          <h2 id="worksheet-glossary-heading">{t('glossary.heading')}</h2>
          {worksheet.glossary.length === 0 ? (
            <p>{t('glossary.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('glossary.headword')}</th>
                  <th scope="col">{t('glossary.romanization')}</th>
                  <th scope="col">{t('glossary.grammar')}</th>
                  <th scope="col">{t('glossary.meaning')}</th>
                </tr>
              </thead>
              <tbody>
                {worksheet.glossary.map((row) => (
                  <tr key={row.entryId} data-entry={row.entryId}>
                    <th scope="row" lang="hi">{row.headword}</th>
                    <td lang="hi-Latn">{row.romanization}</td>
                    <td>
                      {common(`pos.${row.pos}`)}
                      {row.gender ? `, ${common(`gender.${row.gender}`)}` : null}
                    </td>
                    <td lang="en">{row.meaning}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </article>
    </div>
  );
}

function NumberedLine({ line, english, writeHere, romanizedLabel }: {
  line: WorksheetLine;
  english: WorksheetOptions['english'];
  writeHere: string;
  romanizedLabel: string;
}) {
  return (
    <li className={`worksheet-line worksheet-line--${line.kind}`} data-line={line.number}>
      <span className="worksheet-number">{line.number}.</span>
      <div className="worksheet-body">
        <p className="worksheet-hi" lang="hi">
          {line.hindi.map((sentence, index) => (
            <span key={index} lang={sentence.lang}>
              {index > 0 ? ' ' : null}
              {sentence.segments.map((segment, at) =>
                segment.entryId ? <b key={at} className="worksheet-term">{segment.text}</b> : segment.text,
              )}
            </span>
          ))}
        </p>
        {line.romanization !== null ? (
          <p className="worksheet-roman" lang="hi-Latn" title={romanizedLabel}>{line.romanization}</p>
        ) : null}
        {english === 'shown' ? (
          <p className="worksheet-en" lang="en">{line.english}</p>
        ) : (
          <div className="worksheet-write" role="img" aria-label={writeHere}>
            {Array.from({ length: line.writingLines }, (_, index) => <span key={index} className="worksheet-rule" />)}
          </div>
        )}
      </div>
    </li>
  );
}
