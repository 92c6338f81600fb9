import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import QRCode from 'qrcode';
import { requireTeacher } from '@/lib/auth/server';
import { getClassForTeacher } from '@/lib/classroom/server';
import { getDb } from '@/lib/db/server';
import { assertLng, getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { joinAddress, requestOrigin } from '../origin';
import '@/components/classes/classes.css';
import './sheet.css';

type Props = { params: Promise<{ lng: string; classId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return isLng(lng) ? { title: getT(lng, 'classroom')('join.title') } : {};
}

/** A page to print and pin up or hand out: the address, the code large, and a QR code of both. */
export default async function JoinSheetPage({ params }: Props) {
  const { lng, classId } = await params;
  assertLng(lng);
  const teacher = await requireTeacher(lng, `/${lng}/teach/classes/${encodeURIComponent(classId)}/sheet`);
  const found = await getClassForTeacher({ db: await getDb(), actor: teacher }, classId);
  if (!found.ok) notFound();
  const group = found.value;
  const t = getT(lng, 'classroom');
  const origin = await requestOrigin();
  const address = joinAddress(origin, lng, group.joinCode);
  const svg = await QRCode.toString(address, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  // An image of the generated SVG rather than its markup in the page: nothing is inserted as HTML.
  const qrSource = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return (
    <div className="page page--sheet">
      <p className="sheet-tools">
        <Link href={`/${lng}/teach/classes/${group.id}`}>← {t('sheet.back')}</Link> <span>{t('sheet.printHint')}</span>
      </p>
      <article className="join-sheet">
        <h1>{t('sheet.heading', { name: group.name })}</h1>
        <ol className="sheet-steps">
          <li>
            {t('sheet.step1')}
            <span className="sheet-address" data-testid="sheet-address">
              {origin}/{lng}/join
            </span>
          </li>
          <li>
            {t('sheet.step2')}
            <span className="sheet-code" data-testid="sheet-code">
              {group.joinCode}
            </span>
          </li>
          <li>{t('sheet.step3')}</li>
          <li>{t('sheet.step4')}</li>
        </ol>
        <figure className="sheet-qr">
          <img src={qrSource} alt={t('sheet.qrAlt', { address })} width={240} height={240} data-testid="sheet-qr" />
          <figcaption>{t('sheet.scan')}</figcaption>
        </figure>
      </article>
    </div>
  );
}
