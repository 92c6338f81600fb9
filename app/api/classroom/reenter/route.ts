import { requestAddress, startStudentSession } from '@/lib/auth/server';
import { reenter } from '@/lib/classroom/server';
import { getT } from '@/lib/i18n/server';
import { classroomContext } from '@/app/classroom-context';
import { crossOriginResponse, isSameOrigin, languageOfRequest, readJsonBody, textField } from '@/app/api/response';
import { refusalResponse } from '@/app/api/classroom/response';

/** Signs a student in again from a program: `{code, lng?}` in; the student out, with a session cookie. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossOriginResponse();
  const body = await readJsonBody(request);
  const t = getT(languageOfRequest(body, request), 'classroom');
  const code = textField(body, 'code') ?? '';
  const outcome = await reenter(await classroomContext(), { code, address: await requestAddress() });
  if (!outcome.ok) return refusalResponse(t, 'reenter', outcome, { code });
  await startStudentSession(outcome.value.studentId);
  return Response.json({ studentId: outcome.value.studentId, name: outcome.value.name });
}
