import { asc } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { users, type UserRole } from '../../../db/schema.js';

export interface UserSummary {
  id: number;
  username: string;
  role: UserRole;
  organizationId: number | null;
  disabled: boolean;
  createdAt: Date;
}

/** Lists every account by username, without password hashes. */
export function listUsers(db: Executor): Promise<UserSummary[]> {
  return db
    .select({
      id: users.id,
      username: users.username,
      role: users.role,
      organizationId: users.organizationId,
      disabled: users.disabled,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.username));
}
