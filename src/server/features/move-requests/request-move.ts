import { and, eq } from 'drizzle-orm';
import { isUniqueViolation } from '../../../db/errors.js';
import { schoolMoves } from '../../../db/schema.js';
import { checkStudentIdentity } from '../../../domain/student-identity.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { alreadyInSchool, findLatestEnrolmentByIin, isCurrent } from '../arrivals/enrolled-elsewhere.js';
import type { SessionUser } from '../auth/sessions.js';
import { loadSchoolViews, type SchoolView } from '../departures/school-directory.js';
import { recordEvent } from '../events/record-event.js';
import { getOrganization } from '../organizations/get-organization.js';
import { findCurrentEnrolment } from '../students/load-student.js';

/**
 * Ask the school that holds the student with this IIN to process the student's
 * departure to the requesting school. The request waits at the sending school
 * until it processes the departure (the request becomes the pending move) or
 * declines it, or until the requesting school withdraws it.
 */
export async function requestMove(
  context: AppContext,
  user: SessionUser,
  organizationId: number,
  iin: string,
): Promise<{ moveId: number; school: SchoolView }> {
  assertOrganizationAccess(user, organizationId);
  const now = context.clock.now();

  const identity = checkStudentIdentity({ iin });
  if (!identity.ok) throw badRequest('validation.invalid', identity.errors);

  try {
    return await context.db.transaction(async (tx) => {
      await getOrganization(tx, organizationId);

      const latest = await findLatestEnrolmentByIin(tx, identity.iin);
      if (!isCurrent(latest)) throw notFound('move_request.not_enrolled', {});

      const enrolment = await findCurrentEnrolment(tx, latest.studentId, { forUpdate: true });
      if (!isCurrent(enrolment)) throw notFound('move_request.not_enrolled', {});
      if (enrolment.organizationId === organizationId) throw alreadyInSchool();

      const [pendingHere] = await tx
        .select({ id: schoolMoves.id })
        .from(schoolMoves)
        .where(and(eq(schoolMoves.studentId, enrolment.studentId), eq(schoolMoves.toOrganizationId, organizationId), eq(schoolMoves.state, 'pending')));
      if (pendingHere) throw conflict('move_request.already_pending', {}, [{ field: 'iin', code: 'move_request.already_pending' }]);

      const [move] = await tx
        .insert(schoolMoves)
        .values({
          studentId: enrolment.studentId,
          enrolmentId: enrolment.id,
          fromOrganizationId: enrolment.organizationId,
          toOrganizationId: organizationId,
          state: 'requested',
          requestedByUserId: user.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: schoolMoves.id });

      await recordEvent(tx, {
        name: 'move.requested',
        actorUserId: user.id,
        organizationId,
        subjectId: enrolment.studentId,
        data: { moveId: move.id, fromOrganizationId: enrolment.organizationId },
        createdAt: now,
      });

      const school = (await loadSchoolViews(tx, [enrolment.organizationId])).get(enrolment.organizationId)!;
      return { moveId: move.id, school };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'school_moves_one_request_per_school')) {
      throw conflict('move_request.already_requested', {}, [{ field: 'iin', code: 'move_request.already_requested' }]);
    }
    throw error;
  }
}
