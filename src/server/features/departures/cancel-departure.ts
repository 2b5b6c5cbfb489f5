import type { AppContext } from '../../context.js';
import type { SessionUser } from '../auth/sessions.js';
import { recordEvent } from '../events/record-event.js';
import { loadStudentDetail } from '../students/load-student.js';
import type { StudentDetail } from '../students/schemas.js';
import { returnToSender } from './end-pending-move.js';
import { lockMoveForAction } from './lock-move.js';

/** Cancel a departure to another school while it waits: the sending school gets its student back as before. */
export async function cancelDeparture(context: AppContext, user: SessionUser, moveId: number): Promise<{ movementId: number; student: StudentDetail }> {
  const now = context.clock.now();

  return context.db.transaction(async (tx) => {
    const { move, enrolment } = await lockMoveForAction(tx, moveId, 'cancel', user);

    const movementId = await returnToSender(tx, { move, enrolment, state: 'cancelled', reason: null, actorUserId: user.id, now });

    await recordEvent(tx, {
      name: 'student.departure_cancelled',
      actorUserId: user.id,
      organizationId: move.fromOrganizationId,
      subjectId: move.studentId,
      data: { moveId, movementId },
      createdAt: now,
    });

    return { movementId, student: await loadStudentDetail(tx, move.studentId) };
  });
}
