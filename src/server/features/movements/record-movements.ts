import { randomUUID } from 'node:crypto';
import type { Executor } from '../../../db/client.js';
import { movements, type EnrolmentState, type MovementKind } from '../../../db/schema.js';
import type { EnrolmentRow } from '../students/load-student.js';

export interface MovementInput {
  studentId: number;
  enrolmentId: number;
  organizationId: number;
  kind: MovementKind;
  before: EnrolmentState | null;
  after: EnrolmentState;
  undoesMovementId?: number;
  orderNumber?: string | null;
  orderDate?: string | null;
}

export const newBatchId = (): string => randomUUID();

/** Copy the part of an enrolment that movements record and undo restores. */
export function enrolmentState(enrolment: EnrolmentRow): EnrolmentState {
  return {
    organizationId: enrolment.organizationId,
    schoolYear: enrolment.schoolYear,
    grade: enrolment.grade,
    letter: enrolment.letter,
    status: enrolment.status,
    studyForm: enrolment.studyForm,
    graduation: enrolment.graduation ?? null,
  };
}

/**
 * Append movements to the log as one batch, in one statement whatever their
 * number. Call it inside the transaction that made the change.
 */
export async function recordMovements(
  db: Executor,
  batch: { batchId: string; actorUserId: number | null; createdAt: Date },
  inputs: MovementInput[],
): Promise<Array<{ id: number; studentId: number }>> {
  if (inputs.length === 0) return [];

  return db
    .insert(movements)
    .values(
      inputs.map((input) => ({
        batchId: batch.batchId,
        studentId: input.studentId,
        enrolmentId: input.enrolmentId,
        organizationId: input.organizationId,
        kind: input.kind,
        undoesMovementId: input.undoesMovementId ?? null,
        before: input.before,
        after: input.after,
        orderNumber: input.orderNumber ?? null,
        orderDate: input.orderDate ?? null,
        actorUserId: batch.actorUserId,
        createdAt: batch.createdAt,
      })),
    )
    .returning({ id: movements.id, studentId: movements.studentId });
}
