import { eq } from 'drizzle-orm';
import { isUniqueViolation } from '../../../db/errors.js';
import { enrolments, type EnrolmentState } from '../../../db/schema.js';
import { kazakhSortKey } from '../../../domain/kazakh-order.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { conflict } from '../../http/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import { recordEvent } from '../events/record-event.js';
import { findCurrentEnrolment, loadStudentDetail, type EnrolmentRow } from '../students/load-student.js';
import type { StudentDetail } from '../students/schemas.js';
import { loadMovements, type MovementRow } from './load-movements.js';
import { enrolmentState, newBatchId, recordMovements } from './record-movements.js';

export type UndoCheckResult = { ok: true; movement: MovementRow } | { ok: false; code: string; params?: Record<string, string> };

/** What one kind of undo checks and how it reports itself. */
export interface UndoRule {
  /** Finds the movement to reverse in the student's history (oldest first), or says why there is none. */
  check(history: MovementRow[], now: Date): UndoCheckResult;
  /** The error when the movement is no longer the one the current enrolment came from. */
  notLatestCode: string;
  /** Name of the event written with the undo. */
  eventName: string;
}

/**
 * Undo a student's latest movement: put the enrolment back exactly as the
 * movement recorded it before, and log an undo movement in the same
 * transaction. The rule decides which movement may be reversed.
 */
export async function undoLatestMovement(context: AppContext, user: SessionUser, studentId: number, rule: UndoRule): Promise<{ movementId: number; student: StudentDetail }> {
  const now = context.clock.now();

  try {
    return await context.db.transaction(async (tx) => {
      const current = await findCurrentEnrolment(tx, studentId, { forUpdate: true });
      assertOrganizationAccess(user, current.organizationId, 'student.not_found');

      const history = (await loadMovements(tx, [studentId])).get(studentId)!;
      const check = rule.check(history, now);
      if (!check.ok) throw conflict(check.code, check.params);

      const reversed = check.movement;
      // An enrolment changed or added without a movement leaves nothing safe to restore.
      if (reversed.enrolmentId !== current.id || !reversed.before) throw conflict(rule.notLatestCode);

      const [restored] = await tx
        .update(enrolments)
        .set({ ...enrolmentColumns(reversed.before, current), updatedAt: now })
        .where(eq(enrolments.id, current.id))
        .returning();

      const [movement] = await recordMovements(tx, { batchId: newBatchId(), actorUserId: user.id, createdAt: now }, [
        {
          studentId,
          enrolmentId: current.id,
          organizationId: current.organizationId,
          kind: 'undo',
          undoesMovementId: reversed.id,
          before: enrolmentState(current),
          after: enrolmentState(restored),
        },
      ]);

      await recordEvent(tx, {
        name: rule.eventName,
        actorUserId: user.id,
        organizationId: current.organizationId,
        subjectId: studentId,
        data: { movementId: movement.id, undoesMovementId: reversed.id },
        createdAt: now,
      });

      return { movementId: movement.id, student: await loadStudentDetail(tx, studentId) };
    });
  } catch (error) {
    // The student already has another current enrolment, so this one cannot become current again.
    if (isUniqueViolation(error, 'enrolments_one_current_per_student')) throw conflict(rule.notLatestCode);
    throw error;
  }
}

/** Map `state` to enrolment columns. The letter's sort key is recomputed only when the letter differs. */
function enrolmentColumns(state: EnrolmentState, current: EnrolmentRow) {
  return {
    organizationId: state.organizationId,
    schoolYear: state.schoolYear,
    grade: state.grade,
    letter: state.letter,
    letterSortKey: state.letter === current.letter ? current.letterSortKey : kazakhSortKey(state.letter),
    status: state.status,
    studyForm: state.studyForm,
    graduation: state.graduation,
  };
}
