import Link from 'next/link';
import { BilingualTitle } from '@/components/library/bilingual-title';
import { localize, type Passage } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n';
import '@/components/print/print-link.css';

/** A passage's title, source and translator, how to open a glossary card, and its worksheet. */
export function ReaderHeader({ lng, passage, printHref }: { lng: Lng; passage: Passage; printHref: string }) {
  const t = getT(lng, 'reader');
  const print = getT(lng, 'print');
  return (
    <header className="reader-header">
      <h1>
        <BilingualTitle title={passage.title} className="reader-title" />
      </h1>
      <p className="reader-facts">
        <span>{t('source', { source: localize(passage.source.name, lng) })}</span>
        <span>{t('translation', { by: passage.translation.by })}</span>
        {passage.translation.licence ? <span>{t('licence', { licence: passage.translation.licence })}</span> : null}
        <Link href={printHref} prefetch={false} className="reader-print-link">{print('link')}</Link>
      </p>
      {/* Both texts are in the HTML; CSS shows the one for the device, so the page stays static. */}
      <p className="reader-howto">
        <span className="reader-howto-pointer">{t('howTo.pointer')}</span>
        <span className="reader-howto-touch">{t('howTo.touch')}</span>
      </p>
    </header>
  );
}
