import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { events, organizations, users, type UserRole } from '../../../db/schema.js';
import { badRequest, conflict, type FieldError } from '../../http/errors.js';
import { hashPassword } from './passwords.js';
import { checkPassword, checkUsername } from './validate-account.js';

export interface NewUser {
  username: string;
  password: string;
  role: UserRole;
  /** Required for an operator (the school they work for); an admin has none. */
  organizationId?: number | null;
}

export interface CreatedUser {
  id: number;
  username: string;
  role: UserRole;
  organizationId: number | null;
}

/**
 * Creates an account and records a `user.created` event. Throws `user.invalid`
 * (400) with field errors for a bad username, password or organization, and
 * `user.username_taken` (409) when the username exists.
 */
export async function createUser(db: Executor, input: NewUser, options: { actorUserId?: number } = {}): Promise<CreatedUser> {
  const organizationId = input.organizationId ?? null;
  const errors: FieldError[] = [...checkUsername(input.username), ...checkPassword(input.password), ...checkOrganizationRule(input.role, organizationId)];
  if (errors.length > 0) throw badRequest('user.invalid', errors);

  const passwordHash = await hashPassword(input.password);

  return db.transaction(async (tx) => {
    if (organizationId !== null) {
      const [organization] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId));
      if (!organization) {
        throw badRequest('user.invalid', [{ field: 'organizationId', code: 'user.organization_not_found', params: { organizationId } }]);
      }
    }

    // ON CONFLICT DO NOTHING returns no row for a taken name, also one taken by a concurrent request.
    const [user] = await tx
      .insert(users)
      .values({ username: input.username, passwordHash, role: input.role, organizationId })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id, username: users.username, role: users.role, organizationId: users.organizationId });
    if (!user) throw conflict('user.username_taken', { username: input.username });

    await tx.insert(events).values({
      name: 'user.created',
      actorUserId: options.actorUserId ?? null,
      organizationId,
      subjectId: user.id,
      data: { fields: ['username', 'role', 'organizationId', 'password'] },
    });

    return user;
  });
}

function checkOrganizationRule(role: UserRole, organizationId: number | null): FieldError[] {
  if (role === 'operator' && organizationId === null) return [{ field: 'organizationId', code: 'user.organization_required' }];
  if (role === 'admin' && organizationId !== null) return [{ field: 'organizationId', code: 'user.organization_not_allowed' }];
  return [];
}
