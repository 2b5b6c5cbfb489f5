import type { Executor } from '../../../db/client.js';
import { events, users, type UserRole } from '../../../db/schema.js';
import { badRequest, conflict, type FieldError } from '../../http/errors.js';
import { checkAccountScope } from './check-scope.js';
import { hashPassword } from './passwords.js';
import { checkPassword, checkUsername } from './validate-account.js';

export interface NewUser {
  username: string;
  password: string;
  role: UserRole;
  /** Required for an operator (the school they work for); not allowed for other roles. */
  organizationId?: number | null;
  /** Required for district staff (a district) and region staff (an oblast); not allowed for other roles. */
  territoryKato?: string | null;
}

export interface CreatedUser {
  id: number;
  username: string;
  role: UserRole;
  organizationId: number | null;
  territoryKato: string | null;
}

/**
 * Creates an account and records a `user.created` event. Throws `user.invalid`
 * (400) with field errors for a bad username, password or scope, and
 * `user.username_taken` (409) when the username exists.
 */
export async function createUser(db: Executor, input: NewUser, options: { actorUserId?: number; now?: Date } = {}): Promise<CreatedUser> {
  const scope = { organizationId: input.organizationId ?? null, territoryKato: input.territoryKato ?? null };
  const formErrors: FieldError[] = [...checkUsername(input.username), ...checkPassword(input.password)];

  // Hashing takes tens of milliseconds, so a request that fails on its form skips it.
  const passwordHash = formErrors.length === 0 ? await hashPassword(input.password) : '';

  return db.transaction(async (tx) => {
    const errors = [...formErrors, ...(await checkAccountScope(tx, input.role, scope))];
    if (errors.length > 0) throw badRequest('user.invalid', errors);

    // ON CONFLICT DO NOTHING returns no row for a taken name, also one taken by a concurrent request.
    const [user] = await tx
      .insert(users)
      .values({ username: input.username, passwordHash, role: input.role, ...scope, ...(options.now ? { createdAt: options.now } : {}) })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id, username: users.username, role: users.role, organizationId: users.organizationId, territoryKato: users.territoryKato });
    if (!user) throw conflict('user.username_taken', { username: input.username }, [{ field: 'username', code: 'user.username_taken', params: { username: input.username } }]);

    await tx.insert(events).values({
      name: 'user.created',
      actorUserId: options.actorUserId ?? null,
      organizationId: scope.organizationId,
      subjectId: user.id,
      data: { fields: ['username', 'role', 'organizationId', 'territoryKato', 'password'], role: input.role },
      ...(options.now ? { createdAt: options.now } : {}),
    });

    return user;
  });
}
