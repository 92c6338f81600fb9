import { rateSavedItem } from '@/lib/my-words/server';
import { handleMyWords, presentItem } from '../../handler';

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  return handleMyWords(request, { write: true }, (context, body) => rateSavedItem(context, id, body), (item) => ({ item: presentItem(item) }));
}
