import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth';
import { tables, type Database } from '@/lib/db';
import { hitRateLimit, type RateRule } from '@/lib/ratelimit';
import { statusChangesSchema, type StatusChange } from './limits';
import type { KeptWordStatus } from './status';

/** The database and who is asking; any signed-in user (teacher or student) keeps their own statuses. */
export type WordsContext = { db: Database; actor: Actor | null };

export type WordsRefusal = { ok: false; code: 'not-signed-in' | 'invalid-input' | 'too-many-attempts' | 'too-many-families' };

/** Changes one user may send in a minute: a reader marking word after word stays far below it. */
const writeRule: RateRule = { limit: 300, windowMs: 60_000 };
/** Families one user may keep: more than a fluent reader's vocabulary, so only abuse meets it. */
export const maxFamiliesPerUser = 20_000;
export type WordsOutcome<T> = { ok: true; value: T } | WordsRefusal;

/** Every family the asking user has marked learning or known. */
export async function listWordStatuses(context: WordsContext): Promise<WordsOutcome<Record<string, KeptWordStatus>>> {
  if (!context.actor) return { ok: false, code: 'not-signed-in' };
  const rows = await context.db
    .select({ family: tables.wordStatus.family, status: tables.wordStatus.status })
    .from(tables.wordStatus)
    .where(eq(tables.wordStatus.userId, context.actor.userId));
  return { ok: true, value: Object.fromEntries(rows.map((row) => [row.family, row.status])) };
}

/**
 * Sets the statuses of up to 200 families for the asking user only: learning and known are
 * kept, new removes the record. The last change of a family in a batch wins.
 */
export async function setWordStatuses(context: WordsContext, input: unknown): Promise<WordsOutcome<StatusChange[]>> {
  if (!context.actor) return { ok: false, code: 'not-signed-in' };
  const parsed = statusChangesSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'invalid-input' };
  const userId = context.actor.userId;
  const verdict = await hitRateLimit(context.db, `word-status:${userId}`, writeRule);
  if (!verdict.allowed) return { ok: false, code: 'too-many-attempts' };
  const last = new Map(parsed.data.map((change) => [change.family, change.status]));
  const changes = [...last].map(([family, status]) => ({ family, status }));
  const forgotten = changes.filter((change) => change.status === 'new').map((change) => change.family);
  const kept = changes.flatMap((change) => (change.status === 'new' ? [] : [{ userId, family: change.family, status: change.status }]));
  // Two statements, no interactive transaction: they touch different families, and on the
  // embedded database a transaction would hold every other request while it waits.
  if (forgotten.length > 0) {
    await context.db.delete(tables.wordStatus).where(and(eq(tables.wordStatus.userId, userId), inArray(tables.wordStatus.family, forgotten)));
  }
  if (kept.length > 0) {
    const [{ count } = { count: 0 }] = await context.db
      .select({ count: sql<number>`count(*)::int` })
      .from(tables.wordStatus)
      .where(eq(tables.wordStatus.userId, userId));
    if (count + kept.length > maxFamiliesPerUser) return { ok: false, code: 'too-many-families' };
    await context.db
      .insert(tables.wordStatus)
      .values(kept)
      .onConflictDoUpdate({
        target: [tables.wordStatus.userId, tables.wordStatus.family],
        set: { status: sql`excluded.status`, updatedAt: new Date() },
      });
  }
  return { ok: true, value: changes };
}
