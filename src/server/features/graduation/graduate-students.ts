import { sql } from 'drizzle-orm';
import type { GraduationRecord } from '../../../db/schema.js';
import { validateGraduationRequest, type GraduationCandidate } from '../../../domain/graduation/validate-request.js';
import { graduationYearOf, schoolYearOf } from '../../../domain/school-year.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import type { SessionUser } from '../auth/sessions.js';
import { listDictionaries } from '../dictionaries/list-dictionaries.js';
import { lockSchoolEnrolments } from '../movements/lock-enrolments.js';
import { recordBatch } from '../movements/record-batch.js';
import { loadPassportValues } from '../students/load-student.js';
import { graduationRejected } from './rejection.js';
import type { GraduateBody } from './schemas.js';
import { loadFinalGrade } from './school.js';

/**
 * Graduate the selected students of a school in one transaction and one
 * batch: all of them or, when one fails a rule, none. The number of SQL
 * statements does not depend on the number of students.
 */
export async function graduateStudents(
  context: AppContext,
  user: SessionUser,
  organizationId: number,
  body: GraduateBody,
): Promise<{ batchId: string; graduated: number }> {
  assertOrganizationAccess(user, organizationId);
  const now = context.clock.now();
  const today = context.clock.today();

  return context.db.transaction(async (tx) => {
    const byStudent = await lockSchoolEnrolments(tx, organizationId, body.studentIds);
    const locked = [...byStudent.values()];
    const finalGrade = await loadFinalGrade(tx, organizationId);

    const dictionaries = await listDictionaries(tx);
    const passports = await loadPassportValues(tx, body.studentIds);

    const candidates: GraduationCandidate[] = body.studentIds.map((studentId, index) => {
      const enrolment = byStudent.get(studentId)!;
      return { studentId, index, status: enrolment.status, schoolYear: enrolment.schoolYear, grade: enrolment.grade, studyForm: enrolment.studyForm, passport: passports.get(studentId)! };
    });
    const validation = validateGraduationRequest(body, candidates, {
      today,
      finalGrade,
      documentKinds: dictionaries.documentKinds ?? [],
      destinations: dictionaries.destinations ?? [],
      studyForms: dictionaries.studyForms ?? [],
    });
    if (!validation.ok) throw graduationRejected(validation.errors);

    const graduation: GraduationRecord = {
      graduationYear: graduationYearOf(schoolYearOf(today)),
      documentKind: body.documentKind,
      departureDate: body.departureDate,
      orderDate: body.orderDate,
      orderNumber: body.orderNumber,
      destination: body.destination,
      country: validation.country,
    };
    const { batchId, count } = await recordBatch(tx, {
      kind: 'graduation',
      organizationId,
      actorUserId: user.id,
      createdAt: now,
      enrolmentIds: locked.map((enrolment) => enrolment.id),
      change: { status: sql`'graduated'`, graduation: sql`${JSON.stringify(graduation)}::jsonb` },
      order: { orderNumber: body.orderNumber, orderDate: body.orderDate },
      eventName: 'students.graduated',
    });

    return { batchId, graduated: count };
  });
}
