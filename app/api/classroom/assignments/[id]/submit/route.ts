import { submitAssignment } from '@/lib/classroom/server';
import { fieldOf, handleStudentWrite } from '../../../_shared/assignment-handler';

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
