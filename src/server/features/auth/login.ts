import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { users } from '../../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { verifyPassword } from '../accounts/passwords.js';
import { createSession, type SessionUser } from './sessions.js';

// Verified when the username is unknown, so both failures take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Jq0sS0Yd4bJ1Tn6k0x2hNdQ0oQ3q4cF2yq8O0cJ9l2M';

/** Check the credentials and open a session; the same error for a wrong name or password. */
export async function login(
  db: Executor,
  credentials: { username: string; password: string },
  now: Date,
): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
  const [user] = await db.select().from(users).where(eq(users.username, credentials.username.trim().toLowerCase()));

  const passwordMatches = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, credentials.password).catch(() => false);
  if (!user || !passwordMatches || user.disabled) throw new AppError(401, 'auth.invalid_credentials');

  const session = await createSession(db, user.id, now);

  return {
    user: { id: user.id, username: user.username, role: user.role, organizationId: user.organizationId },
    ...session,
  };
}
