import { requestAddress, startStudentSession } from '@/lib/auth/server';
import { joinClass } from '@/lib/classroom/server';
import { getT } from '@/lib/i18n/server';
import { classroomContext } from '@/app/classroom-context';
import { crossOriginResponse, isSameOrigin, languageOfRequest, readJsonBody, textField } from '@/app/api/response';
import { refusalResponse } from '@/app/api/classroom/response';

/** Joins a class from a program: `{code, name, lng?}` in; the student, the class and the re-entry code out, with a session cookie. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossOriginResponse();
  const body = await readJsonBody(request);
  const t = getT(languageOfRequest(body, request), 'classroom');
  const typed = { code: textField(body, 'code') ?? '', displayName: textField(body, 'name') ?? '' };
  const outcome = await joinClass(await classroomContext(), { ...typed, address: await requestAddress() });
  if (!outcome.ok) return refusalResponse(t, 'join', outcome, typed);
  const { studentId, classId, reentryCode, newStudent } = outcome.value;
  if (newStudent) await startStudentSession(studentId);
  return Response.json({ studentId, classId, reentryCode });
}
