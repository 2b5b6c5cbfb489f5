import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { sessions, users, type UserRole } from '../../../db/schema.js';

export const SESSION_COOKIE = 'kontingent_session';
/** Readable by the page's script, which sends it back in the CSRF_HEADER of every write. */
export const CSRF_COOKIE = 'kontingent_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** A session lasts a working day at most; after that the user logs in again. */
export const SESSION_HOURS = 12;
/** A session without a request for this long ends, so an unattended browser does not stay logged in. */
export const SESSION_IDLE_MINUTES = 60;
// last_seen_at is written at most once a minute per session, not on every request.
const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface SessionUser {
  id: number;
  username: string;
  role: UserRole;
  organizationId: number | null;
  territoryKato: string | null;
}

/** The session of a request: its user and the CSRF token its writes must carry. */
export interface RequestSession {
  user: SessionUser;
  csrfToken: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Create a session and return the cookie token and the CSRF token; only the cookie token's hash is stored. */
export async function createSession(db: Executor, userId: number, now: Date): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);

  await db.delete(sessions).where(and(eq(sessions.userId, userId), or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff(now)))));
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt, lastSeenAt: now, csrfToken });

  return { token, csrfToken, expiresAt };
}

/**
 * Find the live session of a cookie token: not past its 12 hours, not idle
 * for SESSION_IDLE_MINUTES, of an account that is not disabled. Marks the
 * session as seen now, at most once a minute.
 */
export async function findSession(db: Executor, token: string, now: Date): Promise<RequestSession | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      role: users.role,
      organizationId: users.organizationId,
      territoryKato: users.territoryKato,
      disabled: users.disabled,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleCutoff(now))));

  if (!row || row.disabled) return null;

  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }

  return {
    user: { id: row.id, username: row.username, role: row.role, organizationId: row.organizationId, territoryKato: row.territoryKato },
    csrfToken: row.csrfToken,
  };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** End every session of the user, on every device; returns how many ended. */
export async function deleteUserSessions(db: Executor, userId: number): Promise<number> {
  const deleted = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ tokenHash: sessions.tokenHash });
  return deleted.length;
}

function idleCutoff(now: Date): Date {
  return new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000);
}
