import { addDays, almatyDate } from '../clock.js';
import { checkLatestMovement, findLatestNotUndone, type MovementSummary } from '../movements/latest-movement.js';

export type { MovementSummary };

/**
 * A graduation can be undone on the Almaty calendar day it was recorded and on
 * the 14 days that follow: one recorded at any time on 10 June can be undone
 * through 24 June and not from 25 June.
 */
export const UNDO_WINDOW_DAYS = 14;

export type UndoErrorCode = 'graduation.not_graduated' | 'graduation.undo_not_latest' | 'graduation.undo_expired';

export type UndoCheck<T extends MovementSummary = MovementSummary> =
  | { ok: true; graduation: T }
  | { ok: false; code: UndoErrorCode; params: Record<string, string>; graduation: T | null };

/** Returns the last Almaty date ('YYYY-MM-DD') on which a graduation recorded at `recordedAt` can be undone. */
export function undoDeadline(recordedAt: Date): string {
  return addDays(almatyDate(recordedAt), UNDO_WINDOW_DAYS);
}

export function isUndoWindowOpen(recordedAt: Date, now: Date): boolean {
  return almatyDate(now) <= undoDeadline(recordedAt);
}

/** Returns the student's latest graduation that no undo has reversed, or null. */
export function findUndoableGraduation<T extends MovementSummary>(history: readonly T[]): T | null {
  return findLatestNotUndone(history, 'graduation');
}

/**
 * Checks whether the student's graduation can be undone now. `history` is the
 * student's movements, oldest first. The graduation must be one that no undo
 * has reversed, it must still be the student's latest movement, and the
 * window must be open.
 */
export function checkUndo<T extends MovementSummary>(history: readonly T[], now: Date): UndoCheck<T> {
  const latest = checkLatestMovement(history, 'graduation');
  if (!latest.ok) {
    const code = latest.reason === 'none' ? 'graduation.not_graduated' : 'graduation.undo_not_latest';
    return { ok: false, code, params: {}, graduation: latest.movement };
  }

  const graduation = latest.movement;
  if (!isUndoWindowOpen(graduation.createdAt, now)) {
    return { ok: false, code: 'graduation.undo_expired', params: { until: undoDeadline(graduation.createdAt) }, graduation };
  }

  return { ok: true, graduation };
}
