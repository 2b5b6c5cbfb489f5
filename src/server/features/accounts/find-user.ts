import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { users } from '../../../db/schema.js';
import { notFound } from '../../http/errors.js';

/** An account named by its username (the command line) or its id (the API). */
export type UserTarget = string | { id: number };

export type UserRow = typeof users.$inferSelect;

/** Load an account and lock its row against concurrent changes; throws `user.not_found` (404). */
export async function loadUserForUpdate(tx: Executor, target: UserTarget): Promise<UserRow> {
  const condition = typeof target === 'string' ? eq(users.username, target) : eq(users.id, target.id);
  const [user] = await tx.select().from(users).where(condition).for('update');
  if (!user) throw notFound('user.not_found', typeof target === 'string' ? { username: target } : { userId: target.id });

  return user;
}
