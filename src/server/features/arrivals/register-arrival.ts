import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { isUniqueViolation } from '../../../db/errors.js';
import { enrolments, passportValues, students } from '../../../db/schema.js';
import type { FieldError } from '../../../domain/errors.js';
import { validateAcceptance } from '../../../domain/departures/validate-acceptance.js';
import { kazakhSortKey, nameSortKey } from '../../../domain/kazakh-order.js';
import { schoolYearOf } from '../../../domain/school-year.js';
import { checkStudentIdentity } from '../../../domain/student-identity.js';
import type { Language } from '../../../i18n/resources.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import { departureState } from '../departures/departure-state.js';
import { loadActiveCodes } from '../dictionaries/list-dictionaries.js';
import { recordEvent } from '../events/record-event.js';
import { loadFinalGrade } from '../graduation/school.js';
import { newBatchId, recordMovements } from '../movements/record-movements.js';
import { insertStudent } from '../students/insert-student.js';
import { loadStudentDetail } from '../students/load-student.js';
import type { StudentDetail } from '../students/schemas.js';
import { findLatestEnrolmentByIin, isCurrent, rejectCurrentEnrolment } from './enrolled-elsewhere.js';
import type { RegisterArrivalBody } from './schemas.js';

/**
 * Register the arrival of a student who is in no school now: one new to the
 * register, or one who left a school earlier (abroad, for example) and keeps
 * the passport from then. An IIN enrolled at a school now is rejected with
 * that school's name and territory, so the operator can request the move instead.
 */
export async function registerArrival(
  context: AppContext,
  user: SessionUser,
  organizationId: number,
  body: RegisterArrivalBody,
  language: Language,
): Promise<StudentDetail> {
  assertOrganizationAccess(user, organizationId);
  const now = context.clock.now();
  const today = context.clock.today();

  try {
    return await context.db.transaction(async (tx) => {
      const finalGrade = await loadFinalGrade(tx, organizationId);
      const letter = body.letter.toLocaleUpperCase('kk');

      const identity = checkStudentIdentity({ iin: body.iin });
      const errors: FieldError[] = [
        ...(identity.ok ? [] : identity.errors),
        ...validateAcceptance(
          { grade: body.grade, letter, studyForm: body.studyForm, orderNumber: body.orderNumber, orderDate: body.orderDate },
          { today, schoolYear: schoolYearOf(today), finalGrade, activeStudyForms: (await loadActiveCodes(tx)).studyForms ?? [] },
        ),
      ];
      if (!identity.ok || errors.length > 0) throw badRequest('validation.invalid', errors);

      // Locking the student row makes two arrivals of one returning student wait for each other.
      const [existing] = await tx.select().from(students).where(eq(students.iin, identity.iin)).for('update');
      const previous = existing ? await findLatestEnrolmentByIin(tx, identity.iin) : undefined;
      if (isCurrent(previous)) throw await rejectCurrentEnrolment(tx, previous, organizationId, language);

      const studentId = existing ? await renameStudent(tx, existing.id, body, now) : await insertStudent(tx, { ...body, ...identity }, now);

      const [enrolment] = await tx
        .insert(enrolments)
        .values({
          studentId,
          organizationId,
          schoolYear: schoolYearOf(today),
          grade: body.grade,
          letter,
          letterSortKey: kazakhSortKey(letter),
          studyForm: body.studyForm,
          status: 'active',
          createdAt: now,
          updatedAt: now,
        })
        .returning();

      // A returning student's passport comes along to the new school.
      if (existing) await tx.update(passportValues).set({ organizationId }).where(eq(passportValues.studentId, studentId));

      const [movement] = await recordMovements(tx, { batchId: newBatchId(), actorUserId: user.id, createdAt: now }, [
        {
          studentId,
          enrolmentId: enrolment.id,
          organizationId,
          kind: 'arrival',
          before: previous ? departureState(previous) : null,
          after: departureState(enrolment),
          orderNumber: body.orderNumber,
          orderDate: body.orderDate,
        },
      ]);

      await recordEvent(tx, {
        name: 'student.arrived',
        actorUserId: user.id,
        organizationId,
        subjectId: studentId,
        data: { movementId: movement.id, returning: existing !== undefined },
        createdAt: now,
      });

      return loadStudentDetail(tx, studentId);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;

    // A concurrent arrival of the same IIN committed first: report where the student is now.
    const current = await findLatestEnrolmentByIin(context.db, body.iin.trim());
    if (isCurrent(current)) throw await rejectCurrentEnrolment(context.db, current, organizationId, language);
    throw conflict('student.iin_taken', {}, [{ field: 'iin', code: 'student.iin_taken' }]);
  }
}

/** Replace the student's name with the arriving school's spelling, because that school has the student's documents now. */
async function renameStudent(tx: Executor, studentId: number, name: RegisterArrivalBody, now: Date): Promise<number> {
  await tx
    .update(students)
    .set({
      lastName: name.lastName,
      firstName: name.firstName,
      middleName: name.middleName || null,
      nameSortKey: nameSortKey(name.lastName, name.firstName, name.middleName ?? undefined),
      updatedAt: now,
    })
    .where(eq(students.id, studentId));

  return studentId;
}
