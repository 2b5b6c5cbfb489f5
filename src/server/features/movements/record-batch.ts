import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { MovementKind } from '../../../db/schema.js';
import { newBatchId } from './record-movements.js';

/** Columns of `enrolments` that a bulk action changes, by their SQL name. */
export type EnrolmentChange = Partial<Record<'status' | 'grade' | 'school_year' | 'letter' | 'letter_sort_key' | 'study_form' | 'graduation', SQL>>;

export interface BatchRecord {
  kind: MovementKind;
  organizationId: number;
  actorUserId: number;
  createdAt: Date;
  /** The enrolments to change, already locked by the transaction. */
  enrolmentIds: number[];
  /** The new value of each changed column: an SQL expression that may read the row's current columns. */
  change: EnrolmentChange;
  order?: { orderNumber: string; orderDate: string };
  /** The event written beside the movements, e.g. students.transferred. */
  eventName: string;
  eventData?: Record<string, unknown>;
}

/** The part of an enrolment row that movements record and undo restores, with the keys of EnrolmentState. */
const enrolmentState = (row: string) =>
  sql.raw(
    `jsonb_build_object('organizationId', ${row}.organization_id, 'schoolYear', ${row}.school_year, 'grade', ${row}.grade, ` +
      `'letter', ${row}.letter, 'status', ${row}.status, 'studyForm', ${row}.study_form, 'graduation', ${row}.graduation)`,
  );

/**
 * Apply a bulk action to a school's enrolments and log it, in one statement
 * whatever the number of students. The statement changes the rows, appends
 * one movement per enrolment with its state before and after, all in a new
 * batch, and writes the event that counts them. The rows never travel to the
 * application and back, so the cost beyond the bare UPDATE is the movement
 * rows. Returns the batch id and the number of enrolments changed.
 */
export async function recordBatch(tx: Executor, record: BatchRecord): Promise<{ batchId: string; count: number }> {
  const batchId = newBatchId();
  const createdAt = record.createdAt.toISOString();
  const assignments = sql.join(
    Object.entries(record.change).map(([column, value]) => sql`${sql.identifier(column)} = ${value}`),
    sql`, `,
  );

  // Every part of a WITH statement sees the same snapshot, so `before` holds the rows as they were before `changed`.
  const result = (await tx.execute(sql`
    with before as (
      select * from enrolments where id = any(${sql.param(record.enrolmentIds)}::bigint[])
    ),
    changed as (
      update enrolments set ${assignments}, updated_at = ${createdAt}::timestamptz
      where id in (select id from before)
      returning *
    ),
    logged as (
      insert into movements (batch_id, student_id, enrolment_id, organization_id, kind, before, after, order_number, order_date, actor_user_id, created_at)
      select ${batchId}::uuid, changed.student_id, changed.id, ${record.organizationId}, ${record.kind}, ${enrolmentState('before')}, ${enrolmentState('changed')},
             ${record.order?.orderNumber ?? null}, ${record.order?.orderDate ?? null}::date, ${record.actorUserId}, ${createdAt}::timestamptz
      from changed join before on before.id = changed.id
      order by changed.id
      returning 1
    ),
    counted as (
      select count(*)::int as count from logged
    ),
    event as (
      insert into events (name, actor_user_id, organization_id, subject_id, data, created_at)
      select ${record.eventName}, ${record.actorUserId}, ${record.organizationId}, null,
             ${JSON.stringify({ batchId, ...record.eventData })}::jsonb || jsonb_build_object('students', counted.count), ${createdAt}::timestamptz
      from counted
    )
    select count from counted
  `)) as unknown as { rows: Array<{ count: number }> };
  const count = result.rows[0].count;

  return { batchId, count };
}
