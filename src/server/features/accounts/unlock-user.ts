import type { Executor } from '../../../db/client.js';
import { clearAccountThrottle } from '../auth/login-throttle.js';
import { recordEvent } from '../events/record-event.js';
import { loadUserForUpdate, type UserTarget } from './find-user.js';

/** Lift a login lockout before it ends by itself; the failures of the username count from zero again. */
export async function unlockUser(db: Executor, target: UserTarget, options: { actorUserId?: number; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await loadUserForUpdate(tx, target);
    await clearAccountThrottle(tx, user.username);

    await recordEvent(tx, { name: 'user.unlocked', actorUserId: options.actorUserId ?? null, organizationId: user.organizationId, subjectId: user.id, createdAt: options.now });
  });
}
