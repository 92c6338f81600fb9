import { submitAssignment } from '@/lib/classroom/server';
import { handleStudentWrite } from '../../../_shared/assignment-handler';
import { fieldOf } from '@/app/api/response';

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  return handleStudentWrite(
    request,
    'submit',
    { limit: 60, windowMs: 60_000 },
    (context, body) => submitAssignment(context, id, fieldOf(body, 'answers')),
    (value) => ({ submissionId: value.submissionId, submittedAt: value.submittedAt.toISOString(), late: value.late }),
  );
}
