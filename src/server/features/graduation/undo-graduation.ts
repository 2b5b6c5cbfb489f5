import { checkUndo } from '../../../domain/graduation/undo-window.js';
import type { AppContext } from '../../context.js';
import type { SessionUser } from '../auth/sessions.js';
import { undoLatestMovement, type UndoRule } from '../movements/undo-latest-movement.js';
import type { StudentDetail } from '../students/schemas.js';

const graduationUndo: UndoRule = {
  check(history, now) {
    const check = checkUndo(history, now);
    return check.ok ? { ok: true, movement: check.graduation } : { ok: false, code: check.code, params: check.params };
  },
  notLatestCode: 'graduation.undo_not_latest',
  eventName: 'graduation.undone',
};

/**
 * Undo a student's graduation: the student returns to the contingent exactly
 * as before. Only the student's latest movement can be undone, within the undo window.
 */
export function undoGraduation(context: AppContext, user: SessionUser, studentId: number): Promise<{ movementId: number; student: StudentDetail }> {
  return undoLatestMovement(context, user, studentId, graduationUndo);
}
