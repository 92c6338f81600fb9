import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db';
import { tables } from '@/lib/db';

export type RateRule = {
  /** How many counted events a key may have in one window. */
  limit: number;
  windowMs: number;
};

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Counts one event for `key` and says whether it is within the rule. The count lives in the
 * database, so several instances share it, and one upsert makes concurrent hits exact.
 */
export async function hitRateLimit(db: Database, key: string, rule: RateRule, now = Date.now()): Promise<RateVerdict> {
  const windowOpenedBefore = now - rule.windowMs;
  const [row] = await db
    .insert(tables.rateLimit)
    .values({ key, count: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: tables.rateLimit.key,
      set: {
        count: sql`CASE WHEN ${tables.rateLimit.windowStartedAt} <= ${windowOpenedBefore} THEN 1 ELSE ${tables.rateLimit.count} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${tables.rateLimit.windowStartedAt} <= ${windowOpenedBefore} THEN ${now} ELSE ${tables.rateLimit.windowStartedAt} END`,
      },
    })
    .returning({ count: tables.rateLimit.count, windowStartedAt: tables.rateLimit.windowStartedAt });
  return verdict(row, rule, now);
}

/** Says whether `key` is already over its rule, without counting anything. */
export async function checkRateLimit(db: Database, key: string, rule: RateRule, now = Date.now()): Promise<RateVerdict> {
  const [row] = await db
    .select({ count: tables.rateLimit.count, windowStartedAt: tables.rateLimit.windowStartedAt })
    .from(tables.rateLimit)
    .where(eq(tables.rateLimit.key, key));
  if (!row || row.windowStartedAt <= now - rule.windowMs) return { allowed: true };
  return row.count >= rule.limit ? { allowed: false, retryAfterMs: row.windowStartedAt + rule.windowMs - now } : { allowed: true };
}

export async function clearRateLimit(db: Database, key: string): Promise<void> {
  await db.delete(tables.rateLimit).where(eq(tables.rateLimit.key, key));
}

function verdict(row: { count: number; windowStartedAt: number } | undefined, rule: RateRule, now: number): RateVerdict {
  if (!row || row.count <= rule.limit) return { allowed: true };
  return { allowed: false, retryAfterMs: Math.max(0, row.windowStartedAt + rule.windowMs - now) };
}
