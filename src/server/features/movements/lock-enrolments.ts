import { and, asc, eq, gt, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import { inIdList } from '../../../db/id-list.js';
import { enrolments } from '../../../db/schema.js';
import { notFound } from '../../http/errors.js';
import type { EnrolmentRow } from '../students/load-student.js';

/**
 * Lock the current enrolment (the latest one) of each student, in one
 * statement whatever their number. Rows are locked in id order, so two
 * requests for overlapping students wait for each other instead of
 * deadlocking. A request that waited reads the rows as the other request
 * committed them. Students without an enrolment are absent from the result.
 */
export async function lockCurrentEnrolments(tx: Executor, studentIds: number[]): Promise<EnrolmentRow[]> {
  const later = alias(enrolments, 'later_enrolment');
  const hasLaterEnrolment = tx
    .select({ id: later.id })
    .from(later)
    .where(and(eq(later.studentId, enrolments.studentId), gt(later.id, enrolments.id)));

  return tx
    .select()
    .from(enrolments)
    .where(and(inIdList(enrolments.studentId, studentIds), notExists(hasLaterEnrolment)))
    .orderBy(asc(enrolments.id))
    .for('update', { of: enrolments });
}

/**
 * Lock the current enrolments of the students a bulk request names and check
 * that each one is at the school. A student of another school gets the same
 * 404 as a missing one, so ids reveal nothing, and rejects the whole request.
 */
export async function lockSchoolEnrolments(tx: Executor, organizationId: number, studentIds: number[]): Promise<Map<number, EnrolmentRow>> {
  const locked = await lockCurrentEnrolments(tx, studentIds);

  const byStudent = new Map(locked.map((enrolment) => [enrolment.studentId, enrolment]));
  if (studentIds.some((id) => byStudent.get(id)?.organizationId !== organizationId)) throw notFound('student.not_found');

  return byStudent;
}
