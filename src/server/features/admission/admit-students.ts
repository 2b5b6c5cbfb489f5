import { sql } from 'drizzle-orm';
import { isUniqueViolation } from '../../../db/errors.js';
import { enrolments } from '../../../db/schema.js';
import { kazakhSortKey } from '../../../domain/kazakh-order.js';
import { validateAdmissionRequest, type AdmissionCandidate } from '../../../domain/year-end/admission.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { conflict } from '../../http/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import { rejectBulkRequest } from '../movements/bulk-rejection.js';
import { closingSchoolYear } from '../movements/closing-year.js';
import { lockSchoolEnrolments } from '../movements/lock-enrolments.js';
import { recordBatch } from '../movements/record-batch.js';
import { loadContinuingDestinations } from './continuing-destinations.js';
import type { AdmissionBody } from './schemas.js';

/** Problems that come from the students' current state, for example a concurrent admission, rather than from the request. */
const STATE_CODES = new Set(['admission.already_admitted', 'admission.not_eligible']);

/**
 * Return the selected graduates to the active contingent in the next grade of
 * the next school year, with their passport and graduation record, in one
 * transaction and one batch: all of them or none. Each keeps their letter
 * unless the request names the letter of the new class.
 */
export async function admitStudents(context: AppContext, user: SessionUser, organizationId: number, body: AdmissionBody): Promise<{ batchId: string; admitted: number }> {
  assertOrganizationAccess(user, organizationId);
  const now = context.clock.now();
  const schoolYear = closingSchoolYear(context);

  try {
    return await context.db.transaction(async (tx) => {
      const byStudent = await lockSchoolEnrolments(tx, organizationId, body.studentIds);
      const continuingDestinations = await loadContinuingDestinations(tx);

      const candidates: AdmissionCandidate[] = body.studentIds.map((studentId, index) => {
        const enrolment = byStudent.get(studentId)!;
        return { studentId, index, status: enrolment.status, schoolYear: enrolment.schoolYear, grade: enrolment.grade, graduation: enrolment.graduation ?? null };
      });
      const validation = validateAdmissionRequest(body.letter ?? null, candidates, { closingSchoolYear: schoolYear, continuingDestinations });
      if (!validation.ok) throw rejectBulkRequest(validation.errors, { stateCodes: STATE_CODES, mixedCode: 'admission.invalid' });

      const newLetter = validation.letter === null ? {} : { letter: sql`${validation.letter}`, letter_sort_key: sql`${kazakhSortKey(validation.letter)}` };
      const { batchId, count } = await recordBatch(tx, {
        kind: 'admission',
        organizationId,
        actorUserId: user.id,
        createdAt: now,
        enrolmentIds: [...byStudent.values()].map((enrolment) => enrolment.id),
        change: { status: sql`'active'`, grade: sql`${enrolments.grade} + 1`, school_year: sql`${schoolYear + 1}`, ...newLetter },
        eventName: 'students.admitted',
        eventData: { schoolYear },
      });

      return { batchId, admitted: count };
    });
  } catch (error) {
    // A graduate who meanwhile became current at another school cannot become current here too.
    if (isUniqueViolation(error, 'enrolments_one_current_per_student')) throw conflict('admission.enrolled_elsewhere');
    throw error;
  }
}
