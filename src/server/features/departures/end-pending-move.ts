import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, schoolMoves, type SchoolMoveState } from '../../../db/schema.js';
import { newBatchId, recordMovements } from '../movements/record-movements.js';
import type { EnrolmentRow } from '../students/load-student.js';
import { departureState } from './departure-state.js';
import type { SchoolMoveRow } from './lock-move.js';

export interface ReturnToSender {
  move: SchoolMoveRow;
  enrolment: EnrolmentRow;
  state: Extract<SchoolMoveState, 'cancelled' | 'rejected'>;
  reason: string | null;
  actorUserId: number;
  now: Date;
}

/**
 * Return a student pending departure to the sending school's contingent as
 * before the departure, and end the move. The undo movement reverses the
 * departure movement and is recorded at the sending school, whichever school
 * ended the move. Returns the undo movement's id.
 */
export async function returnToSender(tx: Executor, input: ReturnToSender): Promise<number> {
  const { move, enrolment, now } = input;

  const [restored] = await tx
    .update(enrolments)
    .set({ status: 'active', departure: null, updatedAt: now })
    .where(eq(enrolments.id, enrolment.id))
    .returning();

  const [movement] = await recordMovements(tx, { batchId: newBatchId(), actorUserId: input.actorUserId, createdAt: now }, [
    {
      studentId: enrolment.studentId,
      enrolmentId: enrolment.id,
      organizationId: enrolment.organizationId,
      kind: 'undo',
      undoesMovementId: move.departureMovementId ?? undefined,
      before: departureState(enrolment),
      after: departureState(restored),
    },
  ]);

  await tx
    .update(schoolMoves)
    .set({ state: input.state, decisionReason: input.reason, decidedByUserId: input.actorUserId, decidedAt: now, resolutionMovementId: movement.id, updatedAt: now })
    .where(eq(schoolMoves.id, move.id));

  return movement.id;
}
