import { and, count, eq, gt, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import { enrolments, students } from '../../../db/schema.js';
import { loadFinalGrade } from '../graduation/school.js';
import { toStudentListItem } from '../students/list-item.js';
import { loadPassportValues } from '../students/load-student.js';
import type { DepartedItem } from './schemas.js';
import { contingentOrder, pageOffset, studentFilterConditions, whereAll, type StudentPageQuery } from './student-page.js';

/**
 * Load one page of the school's departed students with what their departure
 * recorded. A student who has since enrolled elsewhere is no longer the
 * school's, so the list leaves them out.
 */
export async function listDeparted(db: Executor, organizationId: number, query: StudentPageQuery): Promise<{ items: DepartedItem[]; total: number }> {
  const finalGrade = await loadFinalGrade(db, organizationId);

  const later = alias(enrolments, 'later_enrolment');
  const enrolledSince = db.select({ id: later.id }).from(later).where(and(eq(later.studentId, enrolments.studentId), gt(later.id, enrolments.id)));
  const where = whereAll([
    eq(enrolments.organizationId, organizationId),
    eq(enrolments.status, 'departed'),
    notExists(enrolledSince),
    ...studentFilterConditions(query),
  ]);

  const [{ total }] = await db.select({ total: count() }).from(enrolments).innerJoin(students, eq(students.id, enrolments.studentId)).where(where);

  const rows = await db
    .select({ student: students, enrolment: enrolments })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(where)
    .orderBy(...contingentOrder)
    .limit(query.pageSize)
    .offset(pageOffset(query));

  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));
  const items = rows.map(({ student, enrolment }) => ({
    ...toStudentListItem(student, enrolment, passports.get(student.id)!, finalGrade),
    departure: enrolment.departure ?? null,
  }));

  return { items, total: Number(total) };
}
