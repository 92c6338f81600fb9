import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n';
import { buildReaderView, describePassageCards } from '@/lib/reader';
import { findReadablePassage } from '../find-passage';

// A teacher passage's cards answer only those who may read it, so they are built on request and kept private.
export async function GET(_request: Request, { params }: { params: Promise<{ lng: string; id: string }> }) {
  const { lng, id } = await params;
  const found = isLng(lng) ? await findReadablePassage(id) : null;
  if (!isLng(lng) || !found) return Response.json({ error: 'not found' }, { status: 404 });
  const { entryIds } = buildReaderView(found.passage, found.linker);
  const cards = describePassageCards(found.passage, entryIds, found.glossary, getT(lng, 'common'), getT(lng, 'reader'));
  return Response.json(cards, { headers: { 'Cache-Control': 'private, no-store' } });
}
