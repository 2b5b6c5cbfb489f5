import { sql } from 'drizzle-orm';
import { enrolments } from '../../../db/schema.js';
import { validateTransferRequest, type TransferCandidate } from '../../../domain/year-end/transfer.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import type { SessionUser } from '../auth/sessions.js';
import { loadFinalGrade } from '../graduation/school.js';
import { rejectBulkRequest } from '../movements/bulk-rejection.js';
import { closingSchoolYear } from '../movements/closing-year.js';
import { lockSchoolEnrolments } from '../movements/lock-enrolments.js';
import { recordBatch } from '../movements/record-batch.js';
import { loadPassportValues } from '../students/load-student.js';
import type { TransferBody } from './schemas.js';

/** Problems that come from the students' current state, for example a concurrent transfer, rather than from the request. */
const STATE_CODES = new Set(['transfer.already_transferred', 'transfer.not_active']);

/**
 * Move the selected students of a school to the next grade of the next school
 * year, keeping their letter, in one transaction and one batch: all of them
 * or, when one fails a rule, none. The number of SQL statements does not
 * depend on the number of students.
 */
export async function transferStudents(context: AppContext, user: SessionUser, organizationId: number, body: TransferBody): Promise<{ batchId: string; transferred: number }> {
  assertOrganizationAccess(user, organizationId);
  const now = context.clock.now();
  const schoolYear = closingSchoolYear(context);

  return context.db.transaction(async (tx) => {
    const byStudent = await lockSchoolEnrolments(tx, organizationId, body.studentIds);
    const finalGrade = await loadFinalGrade(tx, organizationId);
    const passports = await loadPassportValues(tx, body.studentIds);

    const candidates: TransferCandidate[] = body.studentIds.map((studentId, index) => {
      const enrolment = byStudent.get(studentId)!;
      return { studentId, index, status: enrolment.status, schoolYear: enrolment.schoolYear, grade: enrolment.grade, passport: passports.get(studentId)! };
    });
    const errors = validateTransferRequest(candidates, { closingSchoolYear: schoolYear, finalGrade });
    if (errors.length > 0) throw rejectBulkRequest(errors, { stateCodes: STATE_CODES, mixedCode: 'transfer.invalid' });

    const { batchId, count } = await recordBatch(tx, {
      kind: 'transfer',
      organizationId,
      actorUserId: user.id,
      createdAt: now,
      enrolmentIds: [...byStudent.values()].map((enrolment) => enrolment.id),
      change: { grade: sql`${enrolments.grade} + 1`, school_year: sql`${schoolYear + 1}` },
      eventName: 'students.transferred',
      eventData: { schoolYear },
    });

    return { batchId, transferred: count };
  });
}
