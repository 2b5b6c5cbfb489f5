import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { sessions, users, type UserRole } from '../../../db/schema.js';

export const SESSION_COOKIE = 'kontingent_session';
/** A session lasts a working day; after that the operator logs in again. */
export const SESSION_HOURS = 12;

export interface SessionUser {
  id: number;
  username: string;
  role: UserRole;
  organizationId: number | null;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Create a session and return the token for the cookie; only its hash is stored. */
export async function createSession(db: Executor, userId: number, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);

  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt });

  return { token, expiresAt };
}

/**
 * Prepare the session look-up that every request makes: the statement is
 * built once per database handle, and PostgreSQL parses and plans it once per connection.
 */
function prepareSessionLookup(db: Executor) {
  return db
    .select({ id: users.id, username: users.username, role: users.role, organizationId: users.organizationId, disabled: users.disabled })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`)))
    .prepare('find_session_user');
}

const sessionLookups = new WeakMap<Executor, ReturnType<typeof prepareSessionLookup>>();

export async function findSessionUser(db: Executor, token: string, now: Date): Promise<SessionUser | null> {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = prepareSessionLookup(db);
    sessionLookups.set(db, lookup);
  }

  const [row] = await lookup.execute({ tokenHash: hashToken(token), now: now.toISOString() });

  if (!row || row.disabled) return null;
  return { id: row.id, username: row.username, role: row.role, organizationId: row.organizationId };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}
