/** The part of a movement that the undo rules read. */
export interface MovementSummary {
  id: number;
  kind: string;
  enrolmentId: number;
  undoesMovementId: number | null;
  createdAt: Date;
}

/** Returns the student's latest movement of `kind` that no undo has reversed, or null. `history` is oldest first. */
export function findLatestNotUndone<T extends MovementSummary>(history: readonly T[], kind: string): T | null {
  const undone = new Set(history.map((movement) => movement.undoesMovementId).filter((id) => id !== null));

  for (let index = history.length - 1; index >= 0; index -= 1) {
    const movement = history[index];
    if (movement.kind === kind && !undone.has(movement.id)) return movement;
  }

  return null;
}

export type LatestMovementCheck<T extends MovementSummary> =
  | { ok: true; movement: T }
  | { ok: false; reason: 'none' | 'not_latest'; movement: T | null };

/**
 * Checks that the student's latest movement is a `kind` movement that no undo
 * has reversed, which is what an undo requires: reversing an older movement
 * would overwrite the changes made after it.
 * NOTE: a movement followed by another one stays final even after that other
 * movement is undone, because the undo is then the latest movement.
 */
export function checkLatestMovement<T extends MovementSummary>(history: readonly T[], kind: string): LatestMovementCheck<T> {
  const movement = findLatestNotUndone(history, kind);
  if (!movement) return { ok: false, reason: 'none', movement: null };

  if (history.at(-1)!.id !== movement.id) return { ok: false, reason: 'not_latest', movement };
  return { ok: true, movement };
}
