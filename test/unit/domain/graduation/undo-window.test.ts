import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../src/domain/clock.js';
import { checkUndo, isUndoWindowOpen, undoDeadline, type MovementSummary } from '../../../../src/domain/graduation/undo-window.js';

const at = (time: string) => fixedClock(time).now();
// 23:30 in Almaty is 18:30 UTC: still 10 June in Almaty.
const recordedAt = at('2026-06-10T23:30:00+05:00');

const movement = (id: number, kind: string, createdAt: Date, undoesMovementId: number | null = null): MovementSummary => ({
  id,
  kind,
  enrolmentId: 1,
  undoesMovementId,
  createdAt,
});

describe('undoDeadline', () => {
  it('is 14 days after the Almaty date of the graduation', () => {
    expect(undoDeadline(recordedAt)).toBe('2026-06-24');
  });

  it('counts a graduation just after Almaty midnight on the next day', () => {
    expect(undoDeadline(at('2026-06-11T00:00:00+05:00'))).toBe('2026-06-25');
  });
});

describe('isUndoWindowOpen', () => {
  it('is open on day 14 until Almaty midnight', () => {
    expect(isUndoWindowOpen(recordedAt, at('2026-06-24T00:00:00+05:00'))).toBe(true);
    expect(isUndoWindowOpen(recordedAt, at('2026-06-24T23:59:59+05:00'))).toBe(true);
  });

  it('is closed on day 15', () => {
    expect(isUndoWindowOpen(recordedAt, at('2026-06-25T00:00:00+05:00'))).toBe(false);
  });

  it('is open on the day of the graduation', () => {
    expect(isUndoWindowOpen(recordedAt, at('2026-06-10T23:45:00+05:00'))).toBe(true);
  });
});

describe('checkUndo', () => {
  const admission = movement(1, 'admission', at('2025-09-01T09:00:00+05:00'));
  const graduation = movement(2, 'graduation', recordedAt);

  it('allows the latest graduation on day 14', () => {
    expect(checkUndo([admission, graduation], at('2026-06-24T18:00:00+05:00'))).toEqual({ ok: true, graduation });
  });

  it('rejects it on day 15 with the last allowed date', () => {
    expect(checkUndo([admission, graduation], at('2026-06-25T00:00:00+05:00'))).toEqual({
      ok: false,
      code: 'graduation.undo_expired',
      params: { until: '2026-06-24' },
      graduation,
    });
  });

  it('rejects a graduation followed by another movement', () => {
    const laterAdmission = movement(3, 'admission', at('2026-06-12T10:00:00+05:00'));

    expect(checkUndo([admission, graduation, laterAdmission], at('2026-06-13T10:00:00+05:00'))).toMatchObject({
      ok: false,
      code: 'graduation.undo_not_latest',
    });
  });

  it('rejects a student without a graduation', () => {
    expect(checkUndo([admission], at('2026-06-13T10:00:00+05:00'))).toMatchObject({ ok: false, code: 'graduation.not_graduated' });
  });

  it('rejects a graduation that was undone already', () => {
    const undo = movement(3, 'undo', at('2026-06-11T10:00:00+05:00'), 2);

    expect(checkUndo([admission, graduation, undo], at('2026-06-12T10:00:00+05:00'))).toMatchObject({ ok: false, code: 'graduation.not_graduated' });
  });

  it('allows a second graduation after an undone one', () => {
    const undo = movement(3, 'undo', at('2026-06-11T10:00:00+05:00'), 2);
    const again = movement(4, 'graduation', at('2026-06-12T10:00:00+05:00'));

    expect(checkUndo([admission, graduation, undo, again], at('2026-06-26T10:00:00+05:00'))).toEqual({ ok: true, graduation: again });
  });
});
