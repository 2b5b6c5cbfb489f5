import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { events, sessions, users } from '../../../db/schema.js';
import { badRequest, notFound } from '../../http/errors.js';
import { hashPassword } from './passwords.js';
import { checkPassword } from './validate-account.js';

/**
 * Replaces a user's password and ends the user's sessions, so a leaked
 * password stops working at once. Throws `user.not_found` (404) for an unknown
 * username and `user.invalid` (400) for a password that breaks the rules.
 */
export async function setUserPassword(db: Executor, username: string, password: string, options: { actorUserId?: number } = {}): Promise<void> {
  const errors = checkPassword(password);
  if (errors.length > 0) throw badRequest('user.invalid', errors);

  const passwordHash = await hashPassword(password);

  await db.transaction(async (tx) => {
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.username, username)).returning({ id: users.id, organizationId: users.organizationId });
    if (!user) throw notFound('user.not_found', { username });

    await tx.delete(sessions).where(eq(sessions.userId, user.id));

    await tx.insert(events).values({
      name: 'user.password_set',
      actorUserId: options.actorUserId ?? null,
      organizationId: user.organizationId,
      subjectId: user.id,
      data: { fields: ['password'] },
    });
  });
}
