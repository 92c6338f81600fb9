import { listSavedItems, saveItem } from '@/lib/my-words/server';
import { fieldOf } from '@/app/api/response';
import { handleMyWords, presentItem } from './handler';

export async function GET(request: Request) {
  return handleMyWords(request, { write: false }, (context) => listSavedItems(context), (items) => ({ items: items.map(presentItem) }));
}

export async function POST(request: Request) {
  return handleMyWords(
    request,
    { write: true },
    (context, body) => saveItem(context, fieldOf(body, 'item')),
    ({ item, created }) => ({ item: presentItem(item), created }),
  );
}
