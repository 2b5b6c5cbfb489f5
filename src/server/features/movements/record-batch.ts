import type { Executor } from '../../../db/client.js';
import type { MovementKind } from '../../../db/schema.js';
import { recordEvent } from '../events/record-event.js';
import type { EnrolmentRow } from '../students/load-student.js';
import { enrolmentState, newBatchId, recordMovements } from './record-movements.js';

export interface BatchRecord {
  kind: MovementKind;
  organizationId: number;
  actorUserId: number;
  createdAt: Date;
  /** The enrolments as they were locked before the change. */
  before: EnrolmentRow[];
  /** The same enrolments as the update returned them. */
  after: EnrolmentRow[];
  order?: { orderNumber: string; orderDate: string };
  /** The event written beside the movements, e.g. students.transferred. */
  eventName: string;
  eventData?: Record<string, unknown>;
}

/**
 * Log a bulk action on a school's enrolments: one movement per enrolment with
 * its state before and after, all in a new batch, and one event that counts
 * them. Two statements whatever the number of students. Returns the batch id.
 */
export async function recordBatch(tx: Executor, record: BatchRecord): Promise<string> {
  const batchId = newBatchId();
  const before = new Map(record.before.map((enrolment) => [enrolment.id, enrolment]));

  await recordMovements(
    tx,
    { batchId, actorUserId: record.actorUserId, createdAt: record.createdAt },
    record.after.map((enrolment) => ({
      studentId: enrolment.studentId,
      enrolmentId: enrolment.id,
      organizationId: record.organizationId,
      kind: record.kind,
      before: enrolmentState(before.get(enrolment.id)!),
      after: enrolmentState(enrolment),
      orderNumber: record.order?.orderNumber,
      orderDate: record.order?.orderDate,
    })),
  );

  await recordEvent(tx, {
    name: record.eventName,
    actorUserId: record.actorUserId,
    organizationId: record.organizationId,
    subjectId: null,
    data: { batchId, students: record.after.length, ...record.eventData },
    createdAt: record.createdAt,
  });

  return batchId;
}
