import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, organizations, students } from '../../../db/schema.js';
import { toStudentListItem } from './list-item.js';
import { loadPassportValues } from './load-student.js';
import { studentSearchCondition } from './student-search.js';
import type { ListStudentsQuery, StudentListItem } from './schemas.js';

/**
 * List one page of a school's students with the given enrolment status, ordered by
 * grade, letter and name in Kazakh alphabet order. The sort keys are digit
 * strings, so "C" collation orders them the same on PGlite and PostgreSQL.
 */
export async function listStudents(
  db: Executor,
  organizationId: number,
  query: ListStudentsQuery,
): Promise<{ items: StudentListItem[]; total: number }> {
  const where = and(...listConditions(organizationId, query));

  const [{ total }] = await db
    .select({ total: count() })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(where);

  const rows = await db
    .select({ student: students, enrolment: enrolments })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(where)
    .orderBy(
      asc(enrolments.grade),
      sql`${enrolments.letterSortKey} collate "C"`,
      sql`${students.nameSortKey} collate "C"`,
      asc(students.id),
    )
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  const [organization] = await db.select({ finalGrade: organizations.finalGrade }).from(organizations).where(eq(organizations.id, organizationId));
  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));

  const finalGrade = organization?.finalGrade ?? 11;
  const items = rows.map(({ student, enrolment }) => toStudentListItem(student, enrolment, passports.get(student.id)!, finalGrade));

  return { items, total: Number(total) };
}

/** Builds the WHERE conditions of a student list: the school, the status and the filters. */
export function listConditions(organizationId: number, query: Pick<ListStudentsQuery, 'status' | 'grade' | 'letter' | 'q'>): SQL[] {
  const conditions: SQL[] = [eq(enrolments.organizationId, organizationId), eq(enrolments.status, query.status)];

  if (query.grade !== undefined) conditions.push(eq(enrolments.grade, query.grade));
  if (query.letter) conditions.push(eq(enrolments.letter, query.letter.toLocaleUpperCase('kk')));

  if (query.q) conditions.push(studentSearchCondition(query.q));

  return conditions;
}
