import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { loginThrottles, type LoginThrottleScope } from '../../../db/schema.js';

/** Failed logins of one username, within FAILURE_WINDOW_MINUTES, that lock it. */
export const MAX_ACCOUNT_FAILURES = 5;
/** How long a locked username stays locked. */
export const LOCKOUT_MINUTES = 15;
/** Failed logins from one client address, within the window, after which that address is refused. */
export const MAX_ADDRESS_FAILURES = 30;
export const FAILURE_WINDOW_MINUTES = 15;

const minutes = (count: number) => count * 60_000;

/**
 * Return when a login from this username and address is refused: the
 * username is locked, or the address has had MAX_ADDRESS_FAILURES failures
 * in the current window. Null when the login may proceed.
 */
export async function findLoginBlock(db: Executor, username: string, address: string, now: Date): Promise<{ scope: LoginThrottleScope; until: Date } | null> {
  const rows = await db
    .select()
    .from(loginThrottles)
    .where(sql`(${loginThrottles.scope}, ${loginThrottles.key}) in (('account', ${username}), ('address', ${address}))`);

  for (const row of rows) {
    if (row.scope === 'account' && row.lockedUntil && row.lockedUntil > now) return { scope: 'account', until: row.lockedUntil };

    const windowEnd = new Date(row.windowStartedAt.getTime() + minutes(FAILURE_WINDOW_MINUTES));
    if (row.scope === 'address' && row.failures >= MAX_ADDRESS_FAILURES && windowEnd > now) return { scope: 'address', until: windowEnd };
  }

  return null;
}

/**
 * Count one failure of the key in one statement, so concurrent requests
 * each get their own number. The count starts again at 1 when a lock has
 * ended, or when no lock is set and the window is older than
 * FAILURE_WINDOW_MINUTES. While a lock is in force, the count keeps growing.
 */
export async function countFailure(db: Executor, scope: LoginThrottleScope, key: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - minutes(FAILURE_WINDOW_MINUTES));
  const restarts = sql`((${loginThrottles.lockedUntil} is null and ${loginThrottles.windowStartedAt} < ${windowStart}) or ${loginThrottles.lockedUntil} <= ${now})`;

  const [row] = await db
    .insert(loginThrottles)
    .values({ scope, key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: [loginThrottles.scope, loginThrottles.key],
      set: {
        failures: sql`case when ${restarts} then 1 else ${loginThrottles.failures} + 1 end`,
        windowStartedAt: sql`case when ${restarts} then ${now} else ${loginThrottles.windowStartedAt} end`,
        lockedUntil: sql`case when ${loginThrottles.lockedUntil} <= ${now} then null else ${loginThrottles.lockedUntil} end`,
      },
    })
    .returning({ failures: loginThrottles.failures });

  return row.failures;
}

/** Lock a username for LOCKOUT_MINUTES from now; its failures count from 1 again once the lock ends. Returns the end of the lock. */
export async function lockAccount(db: Executor, username: string, now: Date): Promise<Date> {
  const until = new Date(now.getTime() + minutes(LOCKOUT_MINUTES));

  await db
    .update(loginThrottles)
    .set({ lockedUntil: until })
    .where(and(eq(loginThrottles.scope, 'account'), eq(loginThrottles.key, username)));

  return until;
}

/** Forget a username's failures and lock: after a successful login, a password reset or an administrator's unlock. */
export async function clearAccountThrottle(db: Executor, username: string): Promise<void> {
  await db.delete(loginThrottles).where(and(eq(loginThrottles.scope, 'account'), eq(loginThrottles.key, username)));
}
