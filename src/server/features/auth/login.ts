import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { users } from '../../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { verifyPassword } from '../accounts/passwords.js';
import { recordEvent } from '../events/record-event.js';
import { MAX_ACCOUNT_FAILURES, clearAccountThrottle, countFailure, findLoginBlock, lockAccount } from './login-throttle.js';
import { createSession, type SessionUser } from './sessions.js';

// Verified when the username is unknown, so both failures take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Jq0sS0Yd4bJ1Tn6k0x2hNdQ0oQ3q4cF2yq8O0cJ9l2M';

export interface LoginRequest {
  username: string;
  password: string;
  /** The client's IP address, for the per-address limit and the audit log. */
  address: string;
}

export interface LoginResult {
  user: SessionUser;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

type FailureReason = 'wrong_password' | 'unknown_username' | 'disabled';

/**
 * Check the credentials and open a session. A wrong username, a wrong
 * password and a disabled account get the same 401. Five failures of one
 * username lock it for 15 minutes and 30 failures from one address refuse
 * that address, both with 429 and Retry-After. Every attempt is in the audit log.
 */
export async function login(db: Executor, request: LoginRequest, now: Date): Promise<LoginResult> {
  const username = request.username.trim().toLowerCase();
  const address = request.address;

  const block = await findLoginBlock(db, username, address, now);
  if (block) {
    await recordLoginEvent(db, 'auth.login_refused', null, now, { scope: block.scope, address });
    throw tooManyAttempts(block.scope === 'account' ? 'auth.account_locked' : 'auth.too_many_attempts', block.until, now);
  }

  // Counted before the password check, so a burst of parallel guesses cannot pass the limit.
  const accountFailures = await countFailure(db, 'account', username, now);
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (accountFailures > MAX_ACCOUNT_FAILURES) {
    const until = await lockAccount(db, username, now);
    await recordLoginEvent(db, 'auth.login_refused', user ?? null, now, { scope: 'account', address });
    throw tooManyAttempts('auth.account_locked', until, now);
  }

  const passwordMatches = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, request.password);
  if (user && passwordMatches && !user.disabled) {
    await clearAccountThrottle(db, username);
    const session = await createSession(db, user.id, now);
    await recordLoginEvent(db, 'auth.login', user, now, { address });

    return {
      user: { id: user.id, username: user.username, role: user.role, organizationId: user.organizationId, territoryKato: user.territoryKato },
      ...session,
    };
  }

  const reason: FailureReason = !user ? 'unknown_username' : passwordMatches ? 'disabled' : 'wrong_password';
  await countFailure(db, 'address', address, now);
  await recordLoginEvent(db, 'auth.login_failed', user ?? null, now, { reason, address });

  if (accountFailures === MAX_ACCOUNT_FAILURES) {
    const until = await lockAccount(db, username, now);
    await recordLoginEvent(db, 'auth.account_locked', user ?? null, now, { address, until: until.toISOString() });
  }

  throw new AppError(401, 'auth.invalid_credentials');
}

/**
 * Write a login event. The typed username is stored only as the id of the
 * account it names: a mistyped name may be a password typed into the wrong field.
 */
async function recordLoginEvent(
  db: Executor,
  name: string,
  user: { id: number; organizationId: number | null } | null,
  now: Date,
  data: Record<string, unknown>,
): Promise<void> {
  await recordEvent(db, {
    name,
    actorUserId: name === 'auth.login' && user ? user.id : null,
    organizationId: user?.organizationId ?? null,
    subjectId: user?.id ?? null,
    data: user ? data : { ...data, unknownUsername: true },
    createdAt: now,
  });
}

function tooManyAttempts(code: string, until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const error = new AppError(429, code, { minutes: Math.ceil(seconds / 60) });
  error.retryAfterSeconds = seconds;
  return error;
}
