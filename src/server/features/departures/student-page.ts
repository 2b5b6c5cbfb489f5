import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { enrolments, students } from '../../../db/schema.js';
import { studentSearchCondition } from '../students/student-search.js';

/** The filters and page of every student tab: grade, letter, search text, page number and size. */
export interface StudentPageQuery {
  grade?: number;
  letter?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Build the conditions of the filters of a student tab, on the enrolment's grade and letter and the student's IIN and name. */
export function studentFilterConditions(query: StudentPageQuery): SQL[] {
  const conditions: SQL[] = [];

  if (query.grade !== undefined) conditions.push(eq(enrolments.grade, query.grade));
  if (query.letter) conditions.push(eq(enrolments.letter, query.letter.toLocaleUpperCase('kk')));
  if (query.q) conditions.push(studentSearchCondition(query.q));

  return conditions;
}

/** The contingent order: grade, letter and name by the Kazakh alphabet, then id, the same on PGlite and PostgreSQL. */
export const contingentOrder = [
  asc(enrolments.grade),
  sql`${enrolments.letterSortKey} collate "C"`,
  sql`${students.nameSortKey} collate "C"`,
  asc(students.id),
];

export const whereAll = (conditions: SQL[]) => and(...conditions);

export const pageOffset = (query: StudentPageQuery) => (query.page - 1) * query.pageSize;
