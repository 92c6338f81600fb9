import { saveDraft } from '@/lib/classroom/server';
import { handleStudentWrite } from '../../../_shared/assignment-handler';
import { fieldOf } from '@/app/api/response';

type Params = { params: Promise<{ id: string }> };

export async function PUT(request: Request, { params }: Params) {
  const { id } = await params;
  return handleStudentWrite(
    request,
    'draft',
    { limit: 240, windowMs: 60_000 },
    (context, body) => saveDraft(context, id, fieldOf(body, 'answers')),
    (value) => ({ savedAt: value.savedAt.toISOString() }),
  );
}
