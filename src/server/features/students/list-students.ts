import { and, asc, count, eq, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, organizations, passportValues, students } from '../../../db/schema.js';
import { loadFinalGrade } from '../graduation/school.js';
import { toStudentListItem } from './list-item.js';
import { studentSearchCondition } from './student-search.js';
import type { ListStudentsQuery, StudentListItem } from './schemas.js';

/**
 * List one page of a school's students with the given enrolment status, ordered by
 * grade, letter and name in Kazakh alphabet order. The sort keys are digit
 * strings, so "C" collation orders them the same on PGlite and PostgreSQL.
 * One statement returns the page with each student's passport for the fill
 * statistics, the school's final grade and the total. Only an empty page needs
 * more: the school's existence (a missing school is a 404) and the count.
 */
export async function listStudents(db: Executor, organizationId: number, query: ListStudentsQuery): Promise<{ items: StudentListItem[]; total: number }> {
  const limit = query.pageSize;
  const offset = (query.page - 1) * query.pageSize;
  const letter = query.letter?.toLocaleUpperCase('kk');

  const rows = query.q
    ? await pageQuery(db, and(...listConditions(organizationId, query)), limit, offset)
    : await preparedPageQuery(db, { grade: query.grade !== undefined, letter: letter !== undefined }).execute({ organizationId, status: query.status, grade: query.grade, letter, limit, offset });

  if (rows.length === 0) {
    await loadFinalGrade(db, organizationId);
    return { items: [], total: await countStudents(db, and(...listConditions(organizationId, query))) };
  }

  const items = rows.map(({ student, enrolment, passport, finalGrade }) => toStudentListItem(student, enrolment, passport ?? {}, finalGrade));
  return { items, total: Number(rows[0].total) };
}

function pageQuery(db: Executor, where: SQL | undefined, limit: number | Placeholder, offset: number | Placeholder) {
  return db
    .select({
      student: { id: students.id, iin: students.iin, lastName: students.lastName, firstName: students.firstName, middleName: students.middleName },
      enrolment: { grade: enrolments.grade, letter: enrolments.letter, status: enrolments.status, studyForm: enrolments.studyForm },
      finalGrade: organizations.finalGrade,
      passport: sql<Record<string, unknown> | null>`(select jsonb_object_agg(${passportValues.indicatorCode}, ${passportValues.value}) from ${passportValues} where ${passportValues.studentId} = ${students.id})`,
      // Window functions run before LIMIT, so this counts every matching row.
      total: sql<string>`count(*) over ()`,
    })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .innerJoin(organizations, eq(organizations.id, enrolments.organizationId))
    .where(where)
    .orderBy(
      asc(enrolments.grade),
      sql`${enrolments.letterSortKey} collate "C"`,
      sql`${students.nameSortKey} collate "C"`,
      asc(students.id),
    )
    .limit(limit)
    .offset(offset);
}

type PreparedPage = ReturnType<ReturnType<typeof pageQuery>['prepare']>;

const preparedPages = new WeakMap<Executor, Map<string, PreparedPage>>();

/**
 * Returns the page statement for a list without a search text, prepared once
 * per database handle and filter combination. The list is the most frequent
 * request, and a prepared statement is built once, and parsed and planned by
 * PostgreSQL once per connection: planning took about as long as running it.
 */
function preparedPageQuery(db: Executor, filters: { grade: boolean; letter: boolean }): PreparedPage {
  const name = `list_students${filters.grade ? '_grade' : ''}${filters.letter ? '_letter' : ''}`;
  const byName = preparedPages.get(db) ?? new Map<string, PreparedPage>();
  preparedPages.set(db, byName);

  let prepared = byName.get(name);
  if (!prepared) {
    const where = and(
      eq(enrolments.organizationId, sql.placeholder('organizationId')),
      eq(enrolments.status, sql.placeholder('status')),
      filters.grade ? eq(enrolments.grade, sql.placeholder('grade')) : undefined,
      filters.letter ? eq(enrolments.letter, sql.placeholder('letter')) : undefined,
    );
    prepared = pageQuery(db, where, sql.placeholder('limit'), sql.placeholder('offset')).prepare(name);
    byName.set(name, prepared);
  }

  return prepared;
}

async function countStudents(db: Executor, where: SQL | undefined): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(where);

  return Number(total);
}

/** Builds the WHERE conditions of a student list: the school, the status and the filters. */
export function listConditions(organizationId: number, query: Pick<ListStudentsQuery, 'status' | 'grade' | 'letter' | 'q'>): SQL[] {
  const conditions: SQL[] = [eq(enrolments.organizationId, organizationId), eq(enrolments.status, query.status)];

  if (query.grade !== undefined) conditions.push(eq(enrolments.grade, query.grade));
  if (query.letter) conditions.push(eq(enrolments.letter, query.letter.toLocaleUpperCase('kk')));

  if (query.q) conditions.push(studentSearchCondition(query.q));

  return conditions;
}
