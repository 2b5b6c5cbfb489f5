import { and, eq, inArray, sql } from 'drizzle-orm';
import { isUniqueViolation } from '../../../db/errors.js';
import { enrolments, passportValues, students, type MovementKind } from '../../../db/schema.js';
import type { FieldError } from '../../../domain/errors.js';
import { kazakhSortKey, nameSortKey } from '../../../domain/kazakh-order.js';
import { validatePassportValues } from '../../../domain/passport/validate.js';
import { checkPlacement, checkStudentIdentity } from '../../../domain/student-identity.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import { loadActiveCodes } from '../dictionaries/list-dictionaries.js';
import { recordEvent } from '../events/record-event.js';
import { enrolmentState, newBatchId, recordMovements } from '../movements/record-movements.js';
import { findCurrentEnrolment, loadStudentDetail } from './load-student.js';
import type { StudentDetail, UpdateStudentBody } from './schemas.js';

const IDENTITY_FIELDS = ['iin', 'lastName', 'firstName', 'middleName', 'birthDate', 'sex'] as const;
const PLACEMENT_FIELDS = ['grade', 'letter', 'studyForm'] as const;

/**
 * Change a student's identity, placement or passport values. All the changes
 * are checked first; one invalid field rejects the request and writes nothing.
 */
export async function updateStudent(context: AppContext, user: SessionUser, studentId: number, body: UpdateStudentBody): Promise<StudentDetail> {
  const now = context.clock.now();

  try {
    return await context.db.transaction(async (tx) => {
      const enrolment = await findCurrentEnrolment(tx, studentId, { forUpdate: true });
      assertOrganizationAccess(user, enrolment.organizationId, 'student.not_found');

      const [student] = await tx.select().from(students).where(eq(students.id, studentId));
      const letter = body.letter?.toLocaleUpperCase('kk');
      const activeCodes = await loadActiveCodes(tx);

      const identity = checkStudentIdentity({
        iin: body.iin ?? student.iin,
        birthDate: body.birthDate ?? (body.iin ? undefined : student.birthDate),
        sex: body.sex ?? (body.iin ? undefined : student.sex),
      });
      const errors: FieldError[] = [
        ...(identity.ok ? [] : identity.errors),
        ...checkPlacement({ grade: body.grade, letter, studyForm: body.studyForm }, activeCodes.studyForms ?? []),
        ...validatePassportValues(body.passport ?? {}, activeCodes, { today: context.clock.today() }),
      ];
      if (!identity.ok || errors.length > 0) throw badRequest('validation.invalid', errors);

      const placementChanged = PLACEMENT_FIELDS.some((field) => body[field] !== undefined && (field === 'letter' ? letter : body[field]) !== enrolment[field]);
      if (placementChanged && enrolment.status !== 'active') throw conflict('student.not_active', { status: enrolment.status });

      if (IDENTITY_FIELDS.some((field) => body[field] !== undefined)) {
        const lastName = body.lastName ?? student.lastName;
        const firstName = body.firstName ?? student.firstName;
        const middleName = body.middleName === undefined ? student.middleName : body.middleName || null;

        await tx
          .update(students)
          .set({
            iin: identity.iin,
            lastName,
            firstName,
            middleName,
            nameSortKey: nameSortKey(lastName, firstName, middleName ?? undefined),
            birthDate: identity.birthDate,
            sex: identity.sex,
            updatedAt: now,
          })
          .where(eq(students.id, studentId));
      }

      if (placementChanged) {
        const [changed] = await tx
          .update(enrolments)
          .set({
            grade: body.grade ?? enrolment.grade,
            letter: letter ?? enrolment.letter,
            letterSortKey: kazakhSortKey(letter ?? enrolment.letter),
            studyForm: body.studyForm ?? enrolment.studyForm,
            updatedAt: now,
          })
          .where(eq(enrolments.id, enrolment.id))
          .returning();

        const kind: MovementKind = body.studyForm !== undefined && body.studyForm !== enrolment.studyForm ? 'study_form_change' : 'correction';
        await recordMovements(tx, { batchId: newBatchId(), actorUserId: user.id, createdAt: now }, [
          { studentId, enrolmentId: enrolment.id, organizationId: enrolment.organizationId, kind, before: enrolmentState(enrolment), after: enrolmentState(changed) },
        ]);
      }

      if (body.passport) await writePassportValues(tx, studentId, enrolment.organizationId, body.passport, now);

      await recordEvent(tx, {
        name: 'student.updated',
        actorUserId: user.id,
        organizationId: enrolment.organizationId,
        subjectId: studentId,
        data: { fields: Object.keys(body).filter((field) => field !== 'passport'), indicators: Object.keys(body.passport ?? {}) },
        createdAt: now,
      });

      return loadStudentDetail(tx, studentId);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'students_iin_key')) throw conflict('student.iin_taken', {}, [{ field: 'iin', code: 'student.iin_taken' }]);
    throw error;
  }
}

/** Upsert the given indicator values in one statement and delete the cleared ones in another. */
async function writePassportValues(
  tx: Parameters<typeof recordEvent>[0],
  studentId: number,
  organizationId: number,
  changes: Record<string, unknown>,
  now: Date,
): Promise<void> {
  const isCleared = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0);
  const cleared = Object.keys(changes).filter((code) => isCleared(changes[code]));
  const written = Object.keys(changes).filter((code) => !isCleared(changes[code]));

  if (cleared.length > 0) {
    await tx.delete(passportValues).where(and(eq(passportValues.studentId, studentId), inArray(passportValues.indicatorCode, cleared)));
  }

  if (written.length > 0) {
    await tx
      .insert(passportValues)
      .values(written.map((code) => ({ studentId, organizationId, indicatorCode: code, value: changes[code], updatedAt: now })))
      .onConflictDoUpdate({
        target: [passportValues.studentId, passportValues.indicatorCode],
        set: { value: sql`excluded.value`, organizationId: sql`excluded.organization_id`, updatedAt: sql`excluded.updated_at` },
      });
  }
}
