import { and, count, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, schoolMoves, students } from '../../../db/schema.js';
import { loadFinalGrade } from '../graduation/school.js';
import { toStudentListItem } from '../students/list-item.js';
import { loadPassportValues } from '../students/load-student.js';
import { loadSchoolViews } from './school-directory.js';
import type { PendingDepartureItem } from './schemas.js';
import { contingentOrder, pageOffset, studentFilterConditions, whereAll, type StudentPageQuery } from './student-page.js';

/** Load one page of the school's students pending departure, each with the school that is to receive them. */
export async function listPendingDepartures(
  db: Executor,
  organizationId: number,
  query: StudentPageQuery,
): Promise<{ items: PendingDepartureItem[]; total: number }> {
  const finalGrade = await loadFinalGrade(db, organizationId);
  const where = whereAll([eq(enrolments.organizationId, organizationId), eq(enrolments.status, 'pending_departure'), ...studentFilterConditions(query)]);
  const pendingMove = and(eq(schoolMoves.enrolmentId, enrolments.id), eq(schoolMoves.state, 'pending'));

  const [{ total }] = await db
    .select({ total: count() })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .innerJoin(schoolMoves, pendingMove)
    .where(where);

  const rows = await db
    .select({ student: students, enrolment: enrolments, move: { id: schoolMoves.id, toOrganizationId: schoolMoves.toOrganizationId } })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .innerJoin(schoolMoves, pendingMove)
    .where(where)
    .orderBy(...contingentOrder)
    .limit(query.pageSize)
    .offset(pageOffset(query));

  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));
  const schools = await loadSchoolViews(db, rows.map((row) => row.move.toOrganizationId));

  const items = rows.map(({ student, enrolment, move }) => ({
    ...toStudentListItem(student, enrolment, passports.get(student.id)!, finalGrade),
    moveId: move.id,
    departure: enrolment.departure ?? null,
    receivingSchool: schools.get(move.toOrganizationId)!,
  }));

  return { items, total: Number(total) };
}
