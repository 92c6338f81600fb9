import type { TFunction } from 'i18next';
import type { Refusal, RefusalCode } from '@/lib/classroom';
import { describeRefusal, type RefusalSubject } from '@/components/classes/describe-refusal';
import { refusalJson } from '@/app/api/response';

/** The HTTP status each refusal of the data layer answers with. */
export const refusalStatus: Record<RefusalCode, number> = {
  'invalid-input': 400,
  'not-signed-in': 401,
  'not-found': 404,
  archived: 409,
  'already-submitted': 409,
  'too-many-attempts': 429,
};

/** A classroom refusal as JSON: its code for programs, a message in the caller's language for people. */
export function refusalResponse(t: TFunction, subject: RefusalSubject, refusal: Refusal, typed: Record<string, string>): Response {
  return refusalJson({
    error: refusal.code,
    message: describeRefusal(t, subject, refusal, typed).join(' '),
    status: refusalStatus[refusal.code],
    fields: refusal.fields,
    retryAfterSeconds: refusal.retryAfterSeconds,
  });
}
