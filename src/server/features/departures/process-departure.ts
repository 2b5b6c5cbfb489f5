import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, schoolMoves } from '../../../db/schema.js';
import { validateDeparture } from '../../../domain/departures/validate-departure.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import { listDictionaries } from '../dictionaries/list-dictionaries.js';
import { recordEvent } from '../events/record-event.js';
import { newBatchId, recordMovements } from '../movements/record-movements.js';
import { findCurrentEnrolment, loadStudentDetail } from '../students/load-student.js';
import type { StudentDetail } from '../students/schemas.js';
import { departureState } from './departure-state.js';
import { loadSchoolViews } from './school-directory.js';
import type { ProcessDepartureBody } from './schemas.js';
import { closeOpenRequests } from './close-requests.js';

/**
 * Process the departure of a student in the contingent. A departure to another
 * school in Kazakhstan leaves the student pending departure until that school
 * accepts or rejects it; it takes over the receiving school's open request for
 * the student, if there is one. Any other departure is final: the student
 * moves to Departed, and the open requests of other schools close.
 */
export async function processDeparture(
  context: AppContext,
  user: SessionUser,
  studentId: number,
  body: ProcessDepartureBody,
): Promise<{ movementId: number; moveId: number | null; student: StudentDetail }> {
  const now = context.clock.now();
  const today = context.clock.today();

  return context.db.transaction(async (tx) => {
    const enrolment = await findCurrentEnrolment(tx, studentId, { forUpdate: true });
    assertOrganizationAccess(user, enrolment.organizationId, 'student.not_found');
    if (enrolment.status !== 'active') throw conflict('departure.not_active', { status: enrolment.status });

    const reasons = (await listDictionaries(tx)).departureReasons ?? [];
    const validation = validateDeparture(body, { today, schoolYear: enrolment.schoolYear, organizationId: enrolment.organizationId, reasons });
    if (!validation.ok) throw badRequest('validation.invalid', validation.errors);

    const receivingId = validation.record.receivingOrganizationId;
    if (receivingId !== null && !(await loadSchoolViews(tx, [receivingId])).has(receivingId)) {
      throw badRequest('validation.invalid', [{ field: 'receivingOrganizationId', code: 'departure.receiving_school_unknown' }]);
    }

    const [departed] = await tx
      .update(enrolments)
      .set({ status: validation.toSchool ? 'pending_departure' : 'departed', departure: validation.record, updatedAt: now })
      .where(eq(enrolments.id, enrolment.id))
      .returning();

    const [movement] = await recordMovements(tx, { batchId: newBatchId(), actorUserId: user.id, createdAt: now }, [
      {
        studentId,
        enrolmentId: enrolment.id,
        organizationId: enrolment.organizationId,
        kind: 'departure',
        before: departureState(enrolment),
        after: departureState(departed),
        orderNumber: validation.record.orderNumber,
        orderDate: validation.record.orderDate,
      },
    ]);

    const moveId =
      receivingId === null
        ? await closeOpenRequests(tx, studentId, now).then(() => null)
        : await openPendingMove(tx, { studentId, enrolmentId: enrolment.id, from: enrolment.organizationId, to: receivingId, movementId: movement.id, now });

    await recordEvent(tx, {
      name: 'student.departed',
      actorUserId: user.id,
      organizationId: enrolment.organizationId,
      subjectId: studentId,
      data: { movementId: movement.id, moveId, reason: validation.record.reason },
      createdAt: now,
    });

    return { movementId: movement.id, moveId, student: await loadStudentDetail(tx, studentId) };
  });
}

interface PendingMoveInput {
  studentId: number;
  enrolmentId: number;
  from: number;
  to: number;
  movementId: number;
  now: Date;
}

/** Turn the receiving school's open request into the pending move, or open a new one. Returns the move's id. */
async function openPendingMove(tx: Executor, input: PendingMoveInput): Promise<number> {
  const pending = { state: 'pending' as const, enrolmentId: input.enrolmentId, fromOrganizationId: input.from, departureMovementId: input.movementId, updatedAt: input.now };

  const [fromRequest] = await tx
    .update(schoolMoves)
    .set(pending)
    .where(and(eq(schoolMoves.studentId, input.studentId), eq(schoolMoves.toOrganizationId, input.to), eq(schoolMoves.state, 'requested')))
    .returning({ id: schoolMoves.id });
  if (fromRequest) return fromRequest.id;

  const [created] = await tx
    .insert(schoolMoves)
    .values({ ...pending, studentId: input.studentId, toOrganizationId: input.to, createdAt: input.now })
    .returning({ id: schoolMoves.id });
  return created.id;
}
