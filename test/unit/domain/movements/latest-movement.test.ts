import { describe, expect, it } from 'vitest';
import { checkLatestMovement, findLatestNotUndone, type MovementSummary } from '../../../../src/domain/movements/latest-movement.js';

const at = new Date('2026-06-10T10:00:00+05:00');
const movement = (id: number, kind: string, undoesMovementId: number | null = null): MovementSummary => ({ id, kind, enrolmentId: 1, undoesMovementId, createdAt: at });

describe('findLatestNotUndone', () => {
  it('skips a movement an undo reversed', () => {
    const history = [movement(1, 'transfer'), movement(2, 'transfer'), movement(3, 'undo', 2)];
    expect(findLatestNotUndone(history, 'transfer')?.id).toBe(1);
  });

  it('returns null without a movement of the kind', () => {
    expect(findLatestNotUndone([movement(1, 'admission')], 'transfer')).toBeNull();
  });
});

describe('checkLatestMovement', () => {
  it('accepts the latest movement', () => {
    const transfer = movement(2, 'transfer');
    expect(checkLatestMovement([movement(1, 'admission'), transfer], 'transfer')).toEqual({ ok: true, movement: transfer });
  });

  it('rejects a movement followed by another', () => {
    const transfer = movement(1, 'transfer');
    expect(checkLatestMovement([transfer, movement(2, 'graduation')], 'transfer')).toEqual({ ok: false, reason: 'not_latest', movement: transfer });
  });

  it('rejects a movement once it is undone', () => {
    expect(checkLatestMovement([movement(1, 'transfer'), movement(2, 'undo', 1)], 'transfer')).toEqual({ ok: false, reason: 'none', movement: null });
  });
});
