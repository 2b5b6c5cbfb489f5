import type { AppContext } from '../../context.js';
import type { SessionUser } from '../auth/sessions.js';
import { returnToSender } from '../departures/end-pending-move.js';
import { lockMoveForAction } from '../departures/lock-move.js';
import { recordEvent } from '../events/record-event.js';

/**
 * The receiving school rejects a student pending departure, with a reason the
 * sending school reads. The student returns to the sending school's contingent
 * as before the departure.
 */
export async function rejectArrival(context: AppContext, user: SessionUser, moveId: number, reason: string): Promise<{ movementId: number }> {
  const now = context.clock.now();

  return context.db.transaction(async (tx) => {
    const { move, enrolment } = await lockMoveForAction(tx, moveId, 'reject', user);

    const movementId = await returnToSender(tx, { move, enrolment, state: 'rejected', reason, actorUserId: user.id, now });

    // The event carries ids only: the reason is free text and may name the student.
    await recordEvent(tx, {
      name: 'student.arrival_rejected',
      actorUserId: user.id,
      organizationId: move.toOrganizationId,
      subjectId: move.studentId,
      data: { moveId, movementId, fromOrganizationId: move.fromOrganizationId },
      createdAt: now,
    });

    return { movementId };
  });
}
