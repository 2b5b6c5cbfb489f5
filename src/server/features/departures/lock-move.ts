import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { schoolMoves } from '../../../db/schema.js';
import { checkMoveAction, type MoveAction, type MoveActionCheck } from '../../../domain/departures/move-actions.js';
import { AppError, notFound } from '../../http/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import { findCurrentEnrolment, type EnrolmentRow } from '../students/load-student.js';

export type SchoolMoveRow = typeof schoolMoves.$inferSelect;

/**
 * Lock a move and its student's current enrolment, and check that the user
 * may take the action now. The enrolment is locked first, as every change of
 * a student does, so that two actions on one student wait for each other
 * instead of deadlocking.
 */
export async function lockMoveForAction(
  tx: Executor,
  moveId: number,
  action: MoveAction,
  user: SessionUser,
): Promise<{ move: SchoolMoveRow; enrolment: EnrolmentRow }> {
  const [found] = await tx.select({ studentId: schoolMoves.studentId }).from(schoolMoves).where(eq(schoolMoves.id, moveId));
  if (!found) throw notFound('school_move.not_found');

  const enrolment = await findCurrentEnrolment(tx, found.studentId, { forUpdate: true });
  const [move] = await tx.select().from(schoolMoves).where(eq(schoolMoves.id, moveId)).for('update');

  const check = checkMoveAction(move, action, { organizationId: user.organizationId, admin: user.role === 'admin' });
  if (!check.ok) throw moveActionError(check);

  // A pending move owns the sending school's enrolment until it ends; anything else is a move left behind by a change made without it.
  if (move.state === 'pending' && (enrolment.id !== move.enrolmentId || enrolment.status !== 'pending_departure')) {
    throw new AppError(409, 'school_move.not_pending', { state: move.state });
  }

  return { move, enrolment };
}

/** The codes of the states in which an action that expects the other open state finds a move. */
const WRONG_STATE_CODES: Record<string, string> = {
  requested: 'school_move.not_pending',
  pending: 'school_move.already_pending',
};

function moveActionError(check: Exclude<MoveActionCheck, { ok: true }>): AppError {
  switch (check.problem) {
    case 'not_party':
      // Schools outside the move get the same answer as for a move that does not exist.
      return notFound('school_move.not_found');
    case 'wrong_side':
      return new AppError(403, check.side === 'sending' ? 'school_move.sending_school_only' : 'school_move.receiving_school_only');
    case 'wrong_state':
      return new AppError(409, WRONG_STATE_CODES[check.state] ?? 'school_move.already_ended', { state: check.state });
  }
}
