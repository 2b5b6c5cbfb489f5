import { and, count, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, schoolMoves, students } from '../../../db/schema.js';
import { loadSchoolViews } from '../departures/school-directory.js';
import {
  afterContingentKey,
  contingentKeyOf,
  contingentOrder,
  pageOffset,
  studentFilterConditions,
  whereAll,
  type KeyedRow,
  type RowWindow,
  type StudentFilters,
  type StudentPageQuery,
} from '../departures/student-page.js';
import { loadFinalGrade } from '../graduation/school.js';
import { toStudentListItem } from '../students/list-item.js';
import { loadPassportValues } from '../students/load-student.js';
import type { PendingArrivalItem } from './schemas.js';

/**
 * Load one page of the students other schools sent to this one, with the
 * sending school. Grade, letter and fill statistics are those at the sending
 * school, the statistics counted against this school's final grade. The rows
 * are the sending school's pending_departure enrolments: a student has one
 * current enrolment, so no enrolment takes the pending_arrival status.
 */
export async function listPendingArrivals(
  db: Executor,
  organizationId: number,
  query: StudentPageQuery,
): Promise<{ items: PendingArrivalItem[]; total: number }> {
  const total = await countPendingArrivals(db, organizationId, query);
  const rows = await readPendingArrivals(db, organizationId, query, { limit: query.pageSize, offset: pageOffset(query) });

  return { items: rows.map((row) => row.item), total };
}

const movedEnrolment = and(eq(enrolments.id, schoolMoves.enrolmentId), eq(enrolments.status, 'pending_departure'));

const pendingArrivalWhere = (organizationId: number, filters: StudentFilters) =>
  whereAll([eq(schoolMoves.toOrganizationId, organizationId), eq(schoolMoves.state, 'pending'), ...studentFilterConditions(filters)]);

export async function countPendingArrivals(db: Executor, organizationId: number, filters: StudentFilters): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(schoolMoves)
    .innerJoin(enrolments, movedEnrolment)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(pendingArrivalWhere(organizationId, filters));

  return Number(total);
}

/** Read the students sent to this school of a window of the list, in the contingent order. */
export async function readPendingArrivals(
  db: Executor,
  organizationId: number,
  filters: StudentFilters,
  window: RowWindow,
): Promise<KeyedRow<PendingArrivalItem>[]> {
  const finalGrade = await loadFinalGrade(db, organizationId);

  const rows = await db
    .select({ student: students, enrolment: enrolments, moveId: schoolMoves.id })
    .from(schoolMoves)
    .innerJoin(enrolments, movedEnrolment)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(and(pendingArrivalWhere(organizationId, filters), afterContingentKey(window.after)))
    .orderBy(...contingentOrder)
    .limit(window.limit)
    .offset(window.offset ?? 0);

  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));
  const schools = await loadSchoolViews(db, rows.map((row) => row.enrolment.organizationId));

  return rows.map(({ student, enrolment, moveId }) => ({
    item: {
      ...toStudentListItem(student, enrolment, passports.get(student.id)!, finalGrade),
      moveId,
      departure: enrolment.departure ?? null,
      sendingSchool: schools.get(enrolment.organizationId)!,
    },
    key: contingentKeyOf(student, enrolment),
  }));
}
