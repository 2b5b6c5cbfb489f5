import { eq } from 'drizzle-orm';
import { schoolMoves } from '../../../db/schema.js';
import type { AppContext } from '../../context.js';
import type { SessionUser } from '../auth/sessions.js';
import { lockMoveForAction } from '../departures/lock-move.js';
import { recordEvent } from '../events/record-event.js';

/**
 * End an open request: the sending school declines it with a reason, or the
 * requesting school withdraws it. The student's enrolment does not change.
 */
export async function endRequest(
  context: AppContext,
  user: SessionUser,
  moveId: number,
  action: 'decline' | 'withdraw',
  reason: string | null,
): Promise<{ moveId: number }> {
  const now = context.clock.now();

  return context.db.transaction(async (tx) => {
    const { move } = await lockMoveForAction(tx, moveId, action, user);

    await tx
      .update(schoolMoves)
      .set({ state: action === 'decline' ? 'declined' : 'withdrawn', decisionReason: reason, decidedByUserId: user.id, decidedAt: now, updatedAt: now })
      .where(eq(schoolMoves.id, move.id));

    await recordEvent(tx, {
      name: action === 'decline' ? 'move.request_declined' : 'move.request_withdrawn',
      actorUserId: user.id,
      organizationId: action === 'decline' ? move.fromOrganizationId : move.toOrganizationId,
      subjectId: move.studentId,
      data: { moveId },
      createdAt: now,
    });

    return { moveId };
  });
}
