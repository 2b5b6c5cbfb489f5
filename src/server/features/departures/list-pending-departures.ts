import { and, count, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, schoolMoves, students } from '../../../db/schema.js';
import { loadFinalGrade } from '../graduation/school.js';
import { toStudentListItem } from '../students/list-item.js';
import { loadPassportValues } from '../students/load-student.js';
import { loadSchoolViews } from './school-directory.js';
import type { PendingDepartureItem } from './schemas.js';
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
} from './student-page.js';

/** Load one page of the school's students pending departure, each with the school that is to receive them. */
export async function listPendingDepartures(
  db: Executor,
  organizationId: number,
  query: StudentPageQuery,
): Promise<{ items: PendingDepartureItem[]; total: number }> {
  const total = await countPendingDepartures(db, organizationId, query);
  const rows = await readPendingDepartures(db, organizationId, query, { limit: query.pageSize, offset: pageOffset(query) });

  return { items: rows.map((row) => row.item), total };
}

const pendingMove = and(eq(schoolMoves.enrolmentId, enrolments.id), eq(schoolMoves.state, 'pending'));

const pendingDepartureWhere = (organizationId: number, filters: StudentFilters) =>
  whereAll([eq(enrolments.organizationId, organizationId), eq(enrolments.status, 'pending_departure'), ...studentFilterConditions(filters)]);

export async function countPendingDepartures(db: Executor, organizationId: number, filters: StudentFilters): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .innerJoin(schoolMoves, pendingMove)
    .where(pendingDepartureWhere(organizationId, filters));

  return Number(total);
}

/** Read the students pending departure of a window of the list, in the contingent order. */
export async function readPendingDepartures(
  db: Executor,
  organizationId: number,
  filters: StudentFilters,
  window: RowWindow,
): Promise<KeyedRow<PendingDepartureItem>[]> {
  const finalGrade = await loadFinalGrade(db, organizationId);

  const rows = await db
    .select({ student: students, enrolment: enrolments, move: { id: schoolMoves.id, toOrganizationId: schoolMoves.toOrganizationId } })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .innerJoin(schoolMoves, pendingMove)
    .where(and(pendingDepartureWhere(organizationId, filters), afterContingentKey(window.after)))
    .orderBy(...contingentOrder)
    .limit(window.limit)
    .offset(window.offset ?? 0);

  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));
  const schools = await loadSchoolViews(db, rows.map((row) => row.move.toOrganizationId));

  return rows.map(({ student, enrolment, move }) => ({
    item: {
      ...toStudentListItem(student, enrolment, passports.get(student.id)!, finalGrade),
      moveId: move.id,
      departure: enrolment.departure ?? null,
      receivingSchool: schools.get(move.toOrganizationId)!,
    },
    key: contingentKeyOf(student, enrolment),
  }));
}
