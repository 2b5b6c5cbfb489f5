import { sql } from 'drizzle-orm';
import { validateStudyFormChange, type StudyFormCandidate } from '../../../domain/departures/validate-study-form-change.js';
import { schoolYearOf } from '../../../domain/school-year.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import { loadActiveCodes } from '../dictionaries/list-dictionaries.js';
import { lockSchoolEnrolments } from '../movements/lock-enrolments.js';
import { recordBatch } from '../movements/record-batch.js';
import type { ChangeStudyFormBody } from './schemas.js';

/**
 * Change the study form of the selected students of a school in one
 * transaction and one batch: all of them or, when one is not in the
 * contingent, none. The number of SQL statements does not depend on the
 * number of students.
 */
export async function changeStudyForm(
  context: AppContext,
  user: SessionUser,
  organizationId: number,
  body: ChangeStudyFormBody,
): Promise<{ batchId: string | null; changed: number; unchanged: number }> {
  assertOrganizationAccess(user, organizationId);
  const now = context.clock.now();
  const today = context.clock.today();

  return context.db.transaction(async (tx) => {
    const byStudent = await lockSchoolEnrolments(tx, organizationId, body.studentIds);

    const candidates: StudyFormCandidate[] = body.studentIds.map((studentId, index) => {
      const enrolment = byStudent.get(studentId)!;
      return { studentId, index, status: enrolment.status, studyForm: enrolment.studyForm };
    });
    const validation = validateStudyFormChange(body, candidates, {
      today,
      schoolYear: schoolYearOf(today),
      activeStudyForms: (await loadActiveCodes(tx)).studyForms ?? [],
    });
    if (!validation.ok) throw studyFormRejected(validation.errors);

    if (validation.changedIds.length === 0) return { batchId: null, changed: 0, unchanged: validation.unchangedIds.length };

    const { batchId, count } = await recordBatch(tx, {
      kind: 'study_form_change',
      organizationId,
      actorUserId: user.id,
      createdAt: now,
      enrolmentIds: validation.changedIds.map((id) => byStudent.get(id)!.id),
      change: { study_form: sql`${body.studyForm}` },
      order: validation.orderNumber && validation.orderDate ? { orderNumber: validation.orderNumber, orderDate: validation.orderDate } : undefined,
      eventName: 'students.study_form_changed',
      eventData: { studyForm: body.studyForm },
    });

    return { batchId, changed: count, unchanged: validation.unchangedIds.length };
  });
}

/**
 * Build the error that rejects the whole change: 409 when every problem is a
 * student out of the contingent (a state another user may have changed), 400
 * otherwise. One kind of problem gives its own code; mixed ones give
 * validation.invalid.
 */
function studyFormRejected(errors: { field: string; code: string; params?: Record<string, string | number> }[]): AppError {
  const codes = new Set(errors.map((error) => error.code));
  const status = codes.size === 1 && codes.has('study_form.not_active') ? 409 : 400;
  return new AppError(status, codes.size === 1 ? errors[0].code : 'validation.invalid', {}, errors);
}
