import { and, count, eq, gt, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import { enrolments, students } from '../../../db/schema.js';
import { loadFinalGrade } from '../graduation/school.js';
import { toStudentListItem } from '../students/list-item.js';
import { loadPassportValues } from '../students/load-student.js';
import type { DepartedItem } from './schemas.js';
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

/**
 * Load one page of the school's departed students with what their departure
 * recorded. A student who has since enrolled elsewhere is no longer the
 * school's, so the list leaves them out.
 */
export async function listDeparted(db: Executor, organizationId: number, query: StudentPageQuery): Promise<{ items: DepartedItem[]; total: number }> {
  const total = await countDeparted(db, organizationId, query);
  const rows = await readDeparted(db, organizationId, query, { limit: query.pageSize, offset: pageOffset(query) });

  return { items: rows.map((row) => row.item), total };
}

export async function countDeparted(db: Executor, organizationId: number, filters: StudentFilters): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(departedWhere(db, organizationId, filters));

  return Number(total);
}

/** Read the departed students of a window of the list, in the contingent order. */
export async function readDeparted(db: Executor, organizationId: number, filters: StudentFilters, window: RowWindow): Promise<KeyedRow<DepartedItem>[]> {
  const finalGrade = await loadFinalGrade(db, organizationId);

  const rows = await db
    .select({ student: students, enrolment: enrolments })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(and(departedWhere(db, organizationId, filters), afterContingentKey(window.after)))
    .orderBy(...contingentOrder)
    .limit(window.limit)
    .offset(window.offset ?? 0);

  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));

  return rows.map(({ student, enrolment }) => ({
    item: { ...toStudentListItem(student, enrolment, passports.get(student.id)!, finalGrade), departure: enrolment.departure ?? null },
    key: contingentKeyOf(student, enrolment),
  }));
}

function departedWhere(db: Executor, organizationId: number, filters: StudentFilters) {
  const later = alias(enrolments, 'later_enrolment');
  const enrolledSince = db.select({ id: later.id }).from(later).where(and(eq(later.studentId, enrolments.studentId), gt(later.id, enrolments.id)));

  return whereAll([
    eq(enrolments.organizationId, organizationId),
    eq(enrolments.status, 'departed'),
    notExists(enrolledSince),
    ...studentFilterConditions(filters),
  ]);
}
