import { eq } from 'drizzle-orm';
import { isUniqueViolation } from '../../../db/errors.js';
import { enrolments, type EnrolmentState } from '../../../db/schema.js';
import { checkUndo } from '../../../domain/graduation/undo-window.js';
import { kazakhSortKey } from '../../../domain/kazakh-order.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { conflict } from '../../http/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import { recordEvent } from '../events/record-event.js';
import { loadMovements } from '../movements/load-movements.js';
import { enrolmentState, newBatchId, recordMovements } from '../movements/record-movements.js';
import { findCurrentEnrolment, loadStudentDetail, type EnrolmentRow } from '../students/load-student.js';
import type { StudentDetail } from '../students/schemas.js';

/**
 * Undo a student's graduation: put back the enrolment exactly as the
 * graduation movement recorded it before, and log an undo movement. Only the
 * student's latest movement can be undone, within the undo window.
 */
export async function undoGraduation(
  context: AppContext,
  user: SessionUser,
  studentId: number,
): Promise<{ movementId: number; student: StudentDetail }> {
  const now = context.clock.now();

  try {
    return await context.db.transaction(async (tx) => {
      const current = await findCurrentEnrolment(tx, studentId, { forUpdate: true });
      assertOrganizationAccess(user, current.organizationId, 'student.not_found');

      const history = (await loadMovements(tx, [studentId])).get(studentId)!;
      const check = checkUndo(history, now);
      if (!check.ok) throw conflict(check.code, check.params);

      const graduation = check.graduation;
      // An enrolment changed or added without a movement leaves nothing safe to restore.
      if (graduation.enrolmentId !== current.id || !graduation.before) throw conflict('graduation.undo_not_latest');

      const [restored] = await tx
        .update(enrolments)
        .set({ ...enrolmentColumns(graduation.before, current), updatedAt: now })
        .where(eq(enrolments.id, current.id))
        .returning();

      const [movement] = await recordMovements(tx, { batchId: newBatchId(), actorUserId: user.id, createdAt: now }, [
        {
          studentId,
          enrolmentId: current.id,
          organizationId: current.organizationId,
          kind: 'undo',
          undoesMovementId: graduation.id,
          before: enrolmentState(current),
          after: enrolmentState(restored),
        },
      ]);

      await recordEvent(tx, {
        name: 'graduation.undone',
        actorUserId: user.id,
        organizationId: current.organizationId,
        subjectId: studentId,
        data: { movementId: movement.id, undoesMovementId: graduation.id },
        createdAt: now,
      });

      return { movementId: movement.id, student: await loadStudentDetail(tx, studentId) };
    });
  } catch (error) {
    // The student already has another current enrolment, so the graduated one cannot become active again.
    if (isUniqueViolation(error, 'enrolments_one_current_per_student')) throw conflict('graduation.undo_not_latest');
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
