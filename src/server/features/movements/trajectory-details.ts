import { inArray, or } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { organizations, schoolMoves, type SchoolMoveState } from '../../../db/schema.js';
import type { TrajectoryStep } from './list-movements.js';

export interface SchoolName {
  id: number;
  names: { kk: string; ru: string };
}

/** The outcome of a move between schools, attached to the movement that started it (the departure) and to the one that ended it (the arrival or undo). */
export interface TrajectoryMove {
  id: number;
  state: SchoolMoveState;
  fromOrganization: SchoolName;
  toOrganization: SchoolName;
  /** The receiving school's reason for a rejection. */
  decisionReason: string | null;
  decidedAt: string | null;
}

export interface DetailedTrajectoryStep extends TrajectoryStep {
  /** The school where the movement was recorded. */
  organization: SchoolName;
  schoolMove: TrajectoryMove | null;
}

/**
 * Add to each step the school where it was recorded and, for the movements of
 * a move between schools, how that move went. Three statements whatever the
 * number of steps.
 */
export async function addTrajectoryDetails(db: Executor, steps: TrajectoryStep[]): Promise<DetailedTrajectoryStep[]> {
  if (steps.length === 0) return [];

  const movementIds = steps.map((step) => step.id);
  const moves = await db
    .select()
    .from(schoolMoves)
    .where(or(inArray(schoolMoves.departureMovementId, movementIds), inArray(schoolMoves.resolutionMovementId, movementIds)));

  const organizationIds = [...new Set([...steps.map((step) => organizationOf(step)), ...moves.flatMap((move) => [move.fromOrganizationId, move.toOrganizationId])])];
  const rows = await db.select({ id: organizations.id, nameKk: organizations.nameKk, nameRu: organizations.nameRu }).from(organizations).where(inArray(organizations.id, organizationIds));
  const schools = new Map(rows.map((row) => [row.id, { id: row.id, names: { kk: row.nameKk, ru: row.nameRu } }]));

  const moveByMovement = new Map<number, TrajectoryMove>();
  for (const move of moves) {
    const summary: TrajectoryMove = {
      id: move.id,
      state: move.state,
      fromOrganization: schools.get(move.fromOrganizationId)!,
      toOrganization: schools.get(move.toOrganizationId)!,
      decisionReason: move.decisionReason,
      decidedAt: move.decidedAt?.toISOString() ?? null,
    };
    if (move.departureMovementId !== null) moveByMovement.set(move.departureMovementId, summary);
    if (move.resolutionMovementId !== null) moveByMovement.set(move.resolutionMovementId, summary);
  }

  return steps.map((step) => ({ ...step, organization: schools.get(organizationOf(step))!, schoolMove: moveByMovement.get(step.id) ?? null }));
}

/** Return the school of the state after the movement, because every kind of movement is recorded at that school. */
function organizationOf(step: TrajectoryStep): number {
  return step.after.organizationId;
}
