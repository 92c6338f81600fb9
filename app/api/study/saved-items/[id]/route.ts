import { deleteSavedItem } from '@/lib/my-words/server';
import { handleMyWords } from '../handler';

type Params = { params: Promise<{ id: string }> };

export async function DELETE(request: Request, { params }: Params) {
  const { id } = await params;
  return handleMyWords(request, { write: true }, (context) => deleteSavedItem(context, id), (value) => value);
}
