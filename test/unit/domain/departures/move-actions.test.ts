import { describe, expect, it } from 'vitest';
import { checkMoveAction, type MoveAction } from '../../../../src/domain/departures/move-actions.js';

const pending = { state: 'pending', fromOrganizationId: 601, toOrganizationId: 602 };
const requested = { ...pending, state: 'requested' };
const sender = { organizationId: 601, admin: false };
const receiver = { organizationId: 602, admin: false };
const stranger = { organizationId: 603, admin: false };
const admin = { organizationId: null, admin: true };

describe('checkMoveAction', () => {
  it.each<[MoveAction, typeof pending, typeof sender]>([
    ['accept', pending, receiver],
    ['reject', pending, receiver],
    ['cancel', pending, sender],
    ['decline', requested, sender],
    ['withdraw', requested, receiver],
  ])('allows %s to its side', (action, move, actor) => {
    expect(checkMoveAction(move, action, actor)).toEqual({ ok: true });
    expect(checkMoveAction(move, action, admin)).toEqual({ ok: true });
  });

  it('hides a move from a third school', () => {
    for (const action of ['accept', 'reject', 'cancel', 'decline', 'withdraw'] as const) {
      expect(checkMoveAction(pending, action, stranger)).toEqual({ ok: false, problem: 'not_party' });
    }
  });

  it('names the side that may act', () => {
    expect(checkMoveAction(pending, 'accept', sender)).toEqual({ ok: false, problem: 'wrong_side', side: 'receiving' });
    expect(checkMoveAction(pending, 'cancel', receiver)).toEqual({ ok: false, problem: 'wrong_side', side: 'sending' });
  });

  it('rejects an action in the wrong state', () => {
    expect(checkMoveAction({ ...pending, state: 'accepted' }, 'accept', receiver)).toEqual({ ok: false, problem: 'wrong_state', state: 'accepted' });
    expect(checkMoveAction(requested, 'cancel', sender)).toEqual({ ok: false, problem: 'wrong_state', state: 'requested' });
  });
});
