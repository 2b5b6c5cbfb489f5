import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { users, type UserRole } from '../../../db/schema.js';
import { badRequest, conflict } from '../../http/errors.js';
import { deleteUserSessions } from '../auth/sessions.js';
import { recordEvent } from '../events/record-event.js';
import { checkAccountScope } from './check-scope.js';
import { loadUserForUpdate, type UserTarget } from './find-user.js';
import type { CreatedUser } from './create-user.js';

export interface UserChange {
  role?: UserRole;
  organizationId?: number | null;
  territoryKato?: string | null;
  disabled?: boolean;
}

/**
 * Change an account's role, scope or disabled flag. A new role starts from an
 * empty scope, so the request names the school or territory that fits it.
 * Disabling the account or changing its scope ends its sessions. An
 * administrator cannot change their own role or disable themselves, so the
 * last administrator cannot lock everyone out.
 */
export async function updateUser(db: Executor, target: UserTarget, change: UserChange, options: { actorUserId?: number; now: Date }): Promise<CreatedUser> {
  return db.transaction(async (tx) => {
    const user = await loadUserForUpdate(tx, target);

    const changesOwnAccess = change.disabled === true || (change.role !== undefined && change.role !== user.role);
    if (options.actorUserId === user.id && changesOwnAccess) throw conflict('user.cannot_change_own_access');

    const role = change.role ?? user.role;
    // A new role starts from an empty scope; the same role keeps the scope the request leaves out.
    const keptScope = role === user.role ? { organizationId: user.organizationId, territoryKato: user.territoryKato } : { organizationId: null, territoryKato: null };
    const scope = {
      organizationId: change.organizationId === undefined ? keptScope.organizationId : change.organizationId,
      territoryKato: change.territoryKato === undefined ? keptScope.territoryKato : change.territoryKato,
    };

    const errors = await checkAccountScope(tx, role, scope);
    if (errors.length > 0) throw badRequest('user.invalid', errors);

    const disabled = change.disabled ?? user.disabled;
    const [updated] = await tx
      .update(users)
      .set({ role, ...scope, disabled })
      .where(eq(users.id, user.id))
      .returning({ id: users.id, username: users.username, role: users.role, organizationId: users.organizationId, territoryKato: users.territoryKato });

    const fields = changedFields(user, { role, ...scope, disabled });
    const scopeChanged = fields.some((field) => field !== 'disabled');
    if ((disabled && !user.disabled) || scopeChanged) await deleteUserSessions(tx, user.id);

    if (fields.length > 0) {
      await recordEvent(tx, {
        name: eventName(user.disabled, disabled),
        actorUserId: options.actorUserId ?? null,
        organizationId: updated.organizationId ?? user.organizationId,
        subjectId: user.id,
        data: { fields, role },
        createdAt: options.now,
      });
    }

    return updated;
  });
}

function eventName(wasDisabled: boolean, disabled: boolean): string {
  if (disabled && !wasDisabled) return 'user.disabled';
  if (!disabled && wasDisabled) return 'user.enabled';
  return 'user.updated';
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((field) => before[field] !== after[field]);
}
