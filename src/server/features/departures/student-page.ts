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

/** The filters of a student tab without its page, as an export of the tab takes them. */
export type StudentFilters = Pick<StudentPageQuery, 'grade' | 'letter' | 'q'>;

/** Build the conditions of the filters of a student tab, on the enrolment's grade and letter and the student's IIN and name. */
export function studentFilterConditions(query: StudentFilters): SQL[] {
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

/**
 * A row's place in the contingent order. The Departed tab lists only a
 * student's latest enrolment, and a unique index allows one pending move per
 * student, so in these tabs the student id makes the key unique.
 */
export interface ContingentKey {
  grade: number;
  letterSortKey: string;
  nameSortKey: string;
  studentId: number;
}

/** A row of a tab with its place in the contingent order, which an export reads on from. */
export interface KeyedRow<Item> {
  item: Item;
  key: ContingentKey;
}

/** The rows one read takes: `limit` rows after `offset` rows, as a tab's page, or after the row with the key `after`, as an export reads on. */
export interface RowWindow {
  limit: number;
  offset?: number;
  after?: ContingentKey | null;
}

export function contingentKeyOf(student: { id: number; nameSortKey: string }, enrolment: { grade: number; letterSortKey: string }): ContingentKey {
  return { grade: enrolment.grade, letterSortKey: enrolment.letterSortKey, nameSortKey: student.nameSortKey, studentId: student.id };
}

/** Builds the condition that a row comes after `after` in the contingent order, or none without a key. */
export function afterContingentKey(after: ContingentKey | null | undefined): SQL | undefined {
  if (!after) return undefined;

  return sql`(${enrolments.grade}, ${enrolments.letterSortKey} collate "C", ${students.nameSortKey} collate "C", ${students.id})
    > (${after.grade}, ${after.letterSortKey}, ${after.nameSortKey}, ${after.studentId})`;
}

export const whereAll = (conditions: Array<SQL | undefined>) => and(...conditions);

export const pageOffset = (query: StudentPageQuery) => (query.page - 1) * query.pageSize;
