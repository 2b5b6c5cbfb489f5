import { eq } from 'drizzle-orm';
import { isUniqueViolation } from '../../../db/errors.js';
import { enrolments, students } from '../../../db/schema.js';
import { kazakhSortKey } from '../../../domain/kazakh-order.js';
import { schoolYearOf } from '../../../domain/school-year.js';
import { checkPlacement, checkStudentIdentity } from '../../../domain/student-identity.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import { loadActiveCodes } from '../dictionaries/list-dictionaries.js';
import { recordEvent } from '../events/record-event.js';
import { enrolmentState, newBatchId, recordMovements } from '../movements/record-movements.js';
import { getOrganization } from '../organizations/get-organization.js';
import { insertStudent } from './insert-student.js';
import { loadStudentDetail } from './load-student.js';
import type { CreateStudentBody, StudentDetail } from './schemas.js';

/** Add a student to a school's contingent: the student, an active enrolment and an admission movement. */
export async function createStudent(
  context: AppContext,
  user: SessionUser,
  organizationId: number,
  body: CreateStudentBody,
): Promise<StudentDetail> {
  assertOrganizationAccess(user, organizationId);
  const now = context.clock.now();

  try {
    return await context.db.transaction(async (tx) => {
      await getOrganization(tx, organizationId);

      const identity = checkStudentIdentity({ iin: body.iin });
      const letter = body.letter.toLocaleUpperCase('kk');
      const activeCodes = await loadActiveCodes(tx);
      const errors = [...(identity.ok ? [] : identity.errors), ...checkPlacement({ grade: body.grade, letter, studyForm: body.studyForm }, activeCodes.studyForms ?? [])];
      if (!identity.ok || errors.length > 0) throw badRequest('validation.invalid', errors);

      const [existing] = await tx.select({ id: students.id }).from(students).where(eq(students.iin, identity.iin));
      if (existing) throw iinTaken();

      const studentId = await insertStudent(tx, { ...body, iin: identity.iin, birthDate: identity.birthDate, sex: identity.sex }, now);

      const [enrolment] = await tx
        .insert(enrolments)
        .values({
          studentId: studentId,
          organizationId,
          schoolYear: schoolYearOf(context.clock.today()),
          grade: body.grade,
          letter,
          letterSortKey: kazakhSortKey(letter),
          studyForm: body.studyForm,
          status: 'active',
          createdAt: now,
          updatedAt: now,
        })
        .returning();

      const batch = { batchId: newBatchId(), actorUserId: user.id, createdAt: now };
      await recordMovements(tx, batch, [
        { studentId: studentId, enrolmentId: enrolment.id, organizationId, kind: 'admission', before: null, after: enrolmentState(enrolment) },
      ]);
      await recordEvent(tx, { name: 'student.created', actorUserId: user.id, organizationId, subjectId: studentId, createdAt: now });

      return loadStudentDetail(tx, studentId);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw iinTaken();
    throw error;
  }
}

const iinTaken = () => conflict('student.iin_taken', {}, [{ field: 'iin', code: 'student.iin_taken' }]);
