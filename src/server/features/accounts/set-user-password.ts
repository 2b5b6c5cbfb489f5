import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { events, users } from '../../../db/schema.js';
import { badRequest } from '../../http/errors.js';
import { clearAccountThrottle } from '../auth/login-throttle.js';
import { deleteUserSessions } from '../auth/sessions.js';
import { loadUserForUpdate, type UserTarget } from './find-user.js';
import { hashPassword } from './passwords.js';
import { checkPassword } from './validate-account.js';

/**
 * Replaces a user's password, ends the user's sessions, so a leaked password
 * stops working at once, and lifts a login lockout. Throws `user.not_found`
 * (404) for an unknown account and `user.invalid` (400) for a password that
 * breaks the rules.
 */
export async function setUserPassword(db: Executor, target: UserTarget, password: string, options: { actorUserId?: number; now?: Date } = {}): Promise<void> {
  const errors = checkPassword(password);
  if (errors.length > 0) throw badRequest('user.invalid', errors);

  const passwordHash = await hashPassword(password);

  await db.transaction(async (tx) => {
    const user = await loadUserForUpdate(tx, target);

    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await deleteUserSessions(tx, user.id);
    await clearAccountThrottle(tx, user.username);

    await tx.insert(events).values({
      name: 'user.password_set',
      actorUserId: options.actorUserId ?? null,
      organizationId: user.organizationId,
      subjectId: user.id,
      data: { fields: ['password'] },
      ...(options.now ? { createdAt: options.now } : {}),
    });
  });
}
