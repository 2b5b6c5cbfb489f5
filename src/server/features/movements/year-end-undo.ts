import { almatyDate } from '../../../domain/clock.js';
import { checkLatestMovement } from '../../../domain/movements/latest-movement.js';
import { schoolYearOf } from '../../../domain/school-year.js';
import type { UndoRule } from './undo-latest-movement.js';

/**
 * The undo rule of a movement into the next school year (transfer,
 * admission): it must be the student's latest movement and belong to the
 * school year being closed, so a movement of a year already closed stays.
 */
export function yearEndUndoRule(kind: 'transfer' | 'admission', options: { noneCode: string; eventName: string }): UndoRule {
  return {
    check(history, now) {
      const latest = checkLatestMovement(history, kind);
      if (!latest.ok) return { ok: false, code: latest.reason === 'none' ? options.noneCode : 'movement.undo_not_latest' };

      const closingYear = schoolYearOf(almatyDate(now));
      if (latest.movement.after.schoolYear !== closingYear + 1) return { ok: false, code: 'movement.undo_year_closed' };

      return { ok: true, movement: latest.movement };
    },
    notLatestCode: 'movement.undo_not_latest',
    eventName: options.eventName,
  };
}
