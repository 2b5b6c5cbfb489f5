/**
 * What each school may do with a move between schools, and in which state.
 * The sending school processes the departure and may cancel it while it
 * waits, or decline a request. The receiving school accepts or rejects a
 * pending move, or withdraws its request.
 */
export const MOVE_ACTIONS = {
  accept: { side: 'receiving', state: 'pending' },
  reject: { side: 'receiving', state: 'pending' },
  cancel: { side: 'sending', state: 'pending' },
  decline: { side: 'sending', state: 'requested' },
  withdraw: { side: 'receiving', state: 'requested' },
} as const;

export type MoveAction = keyof typeof MOVE_ACTIONS;

export interface MoveParties {
  state: string;
  fromOrganizationId: number;
  toOrganizationId: number;
}

/** The user who acts: an operator's school, or null for an administrator, who may act for either school. */
export interface MoveActor {
  organizationId: number | null;
  admin: boolean;
}

export type MoveActionCheck =
  | { ok: true }
  /** The user's school is neither side of the move, so the move does not exist for them. */
  | { ok: false; problem: 'not_party' }
  | { ok: false; problem: 'wrong_side'; side: 'sending' | 'receiving' }
  | { ok: false; problem: 'wrong_state'; state: string };

/** Tells whether the actor may take the action on the move now. */
export function checkMoveAction(move: MoveParties, action: MoveAction, actor: MoveActor): MoveActionCheck {
  const rule = MOVE_ACTIONS[action];
  const sending = actor.admin || actor.organizationId === move.fromOrganizationId;
  const receiving = actor.admin || actor.organizationId === move.toOrganizationId;

  if (!sending && !receiving) return { ok: false, problem: 'not_party' };
  if (rule.side === 'sending' ? !sending : !receiving) return { ok: false, problem: 'wrong_side', side: rule.side };
  if (move.state !== rule.state) return { ok: false, problem: 'wrong_state', state: move.state };

  return { ok: true };
}
