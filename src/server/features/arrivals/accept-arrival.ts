import { eq } from 'drizzle-orm';
import { enrolments, passportValues, schoolMoves } from '../../../db/schema.js';
import { validateAcceptance } from '../../../domain/departures/validate-acceptance.js';
import { kazakhSortKey } from '../../../domain/kazakh-order.js';
import { schoolYearOf } from '../../../domain/school-year.js';
import type { AppContext } from '../../context.js';
import { badRequest } from '../../http/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import { closeOpenRequests } from '../departures/close-requests.js';
import { departureState } from '../departures/departure-state.js';
import { lockMoveForAction } from '../departures/lock-move.js';
import { loadActiveCodes } from '../dictionaries/list-dictionaries.js';
import { recordEvent } from '../events/record-event.js';
import { loadFinalGrade } from '../graduation/school.js';
import { newBatchId, recordMovements } from '../movements/record-movements.js';
import { loadStudentDetail } from '../students/load-student.js';
import type { StudentDetail } from '../students/schemas.js';
import type { AcceptArrivalBody } from './schemas.js';

/**
 * The receiving school accepts a student pending departure into the chosen
 * grade and letter. The enrolment and the passport move to the receiving
 * school, the student keeps every passport value, and other schools' open
 * requests for the student close.
 */
export async function acceptArrival(
  context: AppContext,
  user: SessionUser,
  moveId: number,
  body: AcceptArrivalBody,
): Promise<{ movementId: number; student: StudentDetail }> {
  const now = context.clock.now();
  const today = context.clock.today();

  return context.db.transaction(async (tx) => {
    const { move, enrolment } = await lockMoveForAction(tx, moveId, 'accept', user);
    const receivingId = move.toOrganizationId;

    const letter = body.letter.toLocaleUpperCase('kk');
    const studyForm = body.studyForm ?? enrolment.studyForm;
    const schoolYear = schoolYearOf(today);
    const errors = validateAcceptance(
      { grade: body.grade, letter, studyForm, orderNumber: body.orderNumber, orderDate: body.orderDate },
      { today, schoolYear, finalGrade: await loadFinalGrade(tx, receivingId), activeStudyForms: (await loadActiveCodes(tx)).studyForms ?? [] },
    );
    if (errors.length > 0) throw badRequest('validation.invalid', errors);

    const [arrived] = await tx
      .update(enrolments)
      .set({
        organizationId: receivingId,
        schoolYear,
        grade: body.grade,
        letter,
        letterSortKey: kazakhSortKey(letter),
        studyForm,
        status: 'active',
        departure: null,
        updatedAt: now,
      })
      .where(eq(enrolments.id, enrolment.id))
      .returning();

    await tx.update(passportValues).set({ organizationId: receivingId }).where(eq(passportValues.studentId, move.studentId));

    const [movement] = await recordMovements(tx, { batchId: newBatchId(), actorUserId: user.id, createdAt: now }, [
      {
        studentId: move.studentId,
        enrolmentId: enrolment.id,
        organizationId: receivingId,
        kind: 'arrival',
        before: departureState(enrolment),
        after: departureState(arrived),
        orderNumber: body.orderNumber,
        orderDate: body.orderDate,
      },
    ]);

    await tx
      .update(schoolMoves)
      .set({ state: 'accepted', decidedByUserId: user.id, decidedAt: now, resolutionMovementId: movement.id, updatedAt: now })
      .where(eq(schoolMoves.id, move.id));
    await closeOpenRequests(tx, move.studentId, now);

    await recordEvent(tx, {
      name: 'student.arrived',
      actorUserId: user.id,
      organizationId: receivingId,
      subjectId: move.studentId,
      data: { moveId, movementId: movement.id, fromOrganizationId: move.fromOrganizationId },
      createdAt: now,
    });

    return { movementId: movement.id, student: await loadStudentDetail(tx, move.studentId) };
  });
}
