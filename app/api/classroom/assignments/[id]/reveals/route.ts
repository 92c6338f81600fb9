import { recordReveal } from '@/lib/classroom/server';
import { handleStudentWrite } from '../../../_shared/assignment-handler';
import { fieldOf } from '@/app/api/response';

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  return handleStudentWrite(
    request,
    'reveal',
    { limit: 600, windowMs: 60_000 },
    (context, body) => recordReveal(context, id, fieldOf(body, 'sentence')),
    (value) => ({ sentence: value.sentence, revealedAt: value.revealedAt.toISOString(), english: value.english }),
  );
}
