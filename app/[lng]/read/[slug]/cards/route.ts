import { listPassageSlugs } from '@/lib/content';
import { getGlossary, getGlossaryLinker, getPassage } from '@/lib/content/server';
import { getT } from '@/lib/i18n/server';
import { isLng, languages } from '@/lib/i18n';
import { buildReaderView, describePassageCards } from '@/lib/reader';

// Cards are fetched by the reader on demand, so the page itself stays small; built once per passage.
export const dynamic = 'force-static';

export async function generateStaticParams() {
  const slugs = await listPassageSlugs();
  return languages.flatMap((lng) => slugs.map((slug) => ({ lng, slug })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lng: string; slug: string }> }) {
  const { lng, slug } = await params;
  const passage = isLng(lng) ? await getPassage(slug) : null;
  if (!isLng(lng) || !passage) return Response.json({ error: 'not found' }, { status: 404 });
  const [glossary, linker] = await Promise.all([getGlossary(), getGlossaryLinker()]);
  const { entryIds } = buildReaderView(passage, linker);
  return Response.json(describePassageCards(passage, entryIds, glossary, getT(lng, 'common'), getT(lng, 'reader')));
}
