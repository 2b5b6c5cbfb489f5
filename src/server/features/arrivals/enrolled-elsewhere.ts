import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, students } from '../../../db/schema.js';
import type { Language } from '../../../i18n/resources.js';
import { AppError, conflict } from '../../http/errors.js';
import { loadSchoolViews, nameIn, territoryLine } from '../departures/school-directory.js';
import type { EnrolmentRow } from '../students/load-student.js';

/** Statuses of an enrolment that still holds the student: the partial unique index allows one such enrolment a student. */
export const CURRENT_STATUSES: readonly string[] = ['active', 'pending_departure', 'pending_arrival'];

export const isCurrent = (enrolment: EnrolmentRow | undefined): enrolment is EnrolmentRow =>
  enrolment !== undefined && CURRENT_STATUSES.includes(enrolment.status);

/** Find the latest enrolment of the student with the IIN, or undefined when there is no such student or enrolment. */
export async function findLatestEnrolmentByIin(db: Executor, iin: string): Promise<EnrolmentRow | undefined> {
  const [row] = await db
    .select({ enrolment: enrolments })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(eq(students.iin, iin))
    .orderBy(desc(enrolments.id))
    .limit(1);

  return row?.enrolment;
}

/**
 * Build the rejection of an IIN that another school holds. It names that
 * school and its territory, in the request's language, and nothing else of
 * the student, because the requesting school does not have the student yet.
 */
export async function enrolledElsewhere(db: Executor, organizationId: number, language: Language): Promise<AppError> {
  const school = (await loadSchoolViews(db, [organizationId])).get(organizationId)!;
  const params = { school: nameIn(school.names, language), territory: territoryLine(school, language) };

  return conflict('arrival.enrolled_elsewhere', params, [{ field: 'iin', code: 'arrival.enrolled_elsewhere', params }]);
}

export const alreadyInSchool = () => conflict('arrival.already_in_school', {}, [{ field: 'iin', code: 'arrival.already_in_school' }]);

/** Build the rejection of an IIN that has a current enrolment: at this school, or elsewhere with that school named. */
export async function rejectCurrentEnrolment(db: Executor, current: EnrolmentRow, organizationId: number, language: Language): Promise<AppError> {
  return current.organizationId === organizationId ? alreadyInSchool() : enrolledElsewhere(db, current.organizationId, language);
}
