import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { movements, users, type EnrolmentState, type MovementKind } from '../../../db/schema.js';

export interface TrajectoryStep {
  id: number;
  batchId: string;
  kind: MovementKind;
  before: EnrolmentState | null;
  after: EnrolmentState;
  orderNumber: string | null;
  orderDate: string | null;
  createdAt: string;
  actor: { id: number; username: string } | null;
  undoesMovementId: number | null;
  /** The undo movement that reversed this one. */
  undoneBy: number | null;
}

/** List a student's trajectory: every movement, oldest first, with who made it and which undo reversed it. */
export async function listMovements(db: Executor, studentId: number): Promise<TrajectoryStep[]> {
  const rows = await db
    .select({ movement: movements, actorUsername: users.username })
    .from(movements)
    .leftJoin(users, eq(users.id, movements.actorUserId))
    .where(eq(movements.studentId, studentId))
    .orderBy(asc(movements.id));

  const undoneBy = new Map(rows.filter(({ movement }) => movement.undoesMovementId !== null).map(({ movement }) => [movement.undoesMovementId!, movement.id]));

  return rows.map(({ movement, actorUsername }) => ({
    id: movement.id,
    batchId: movement.batchId,
    kind: movement.kind,
    before: movement.before,
    after: movement.after,
    orderNumber: movement.orderNumber,
    orderDate: movement.orderDate,
    createdAt: movement.createdAt.toISOString(),
    actor: movement.actorUserId !== null && actorUsername !== null ? { id: movement.actorUserId, username: actorUsername } : null,
    undoesMovementId: movement.undoesMovementId,
    undoneBy: undoneBy.get(movement.id) ?? null,
  }));
}
