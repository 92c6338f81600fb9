import 'server-only';
import type { ClassroomContext, Outcome } from '@/lib/classroom';
import { refuse, succeed, teacherOf } from '@/lib/classroom/server';
import type { GlossaryEntry } from '@/lib/glossary';
import { proposeImportInWorker, type ImportTexts, type ProposalResult } from '@/lib/importer';
import { hitRateLimit, type RateRule } from '@/lib/ratelimit';

/** Proposals a teacher may ask for in a window: aligning is the costliest thing the site does. */
export const proposalRule: RateRule = { limit: 20, windowMs: 10 * 60_000 };

/** Counts one proposal for the signed-in teacher and says whether it is within her limit. */
export async function allowProposal(context: ClassroomContext, now = context.now?.().getTime()): Promise<Outcome<null>> {
  const teacher = teacherOf(context);
  if (!teacher) return refuse('not-signed-in');
  const verdict = await hitRateLimit(context.db, `propose:teacher:${teacher.userId}`, proposalRule, now);
  if (!verdict.allowed) return refuse('too-many-attempts', { retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000) });
  return succeed(null);
}

/** A signed-in teacher's proposal, within her limit, computed on a worker thread. */
export async function proposeForTeacher(
  context: ClassroomContext,
  texts: ImportTexts,
  glossary: readonly GlossaryEntry[],
): Promise<Outcome<ProposalResult>> {
  const allowed = await allowProposal(context);
  if (!allowed.ok) return allowed;
  return succeed(await proposeImportInWorker(texts, glossary));
}
