import { and, asc, count, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { enrolments, students } from '../../../../db/schema.js';
import { toStudentListItem, type StudentRow } from '../../students/list-item.js';
import { listConditions } from '../../students/list-students.js';
import { loadPassportValues, type EnrolmentRow } from '../../students/load-student.js';
import { listStudentsQuery, type StudentListItem } from '../../students/schemas.js';
import { defineExportList, type ExportContext } from '../export-list.js';
import { EXPORT_PAGE_SIZE, keysetPages } from '../keyset-pages.js';
import { passportColumns } from '../passport-columns.js';
import { auditStudentFilters, describeStudentFilters, studentColumns } from '../student-columns.js';

const contingentExportQuery = listStudentsQuery.omit({ page: true, pageSize: true }).extend({
  columns: z
    .enum(['list', 'passport'])
    .default('list')
    .describe('`list`: the columns of the list; `passport`: those and every passport indicator except the exam tables, in the layout the import reads'),
});
type ContingentExportQuery = z.infer<typeof contingentExportQuery>;

interface ContingentRow {
  item: StudentListItem;
  student: StudentRow;
  enrolment: EnrolmentRow;
  passport: Record<string, unknown>;
}

interface ContingentKey {
  grade: number;
  letterSortKey: string;
  nameSortKey: string;
  studentId: number;
  enrolmentId: number;
}

/** The contingent list of the interface, one status tab at a time, with the tab's grade, letter and search filters. */
export const contingentExport = defineExportList<ContingentExportQuery, ContingentRow>({
  name: 'contingent',
  description: 'The students of one contingent tab (status) with its filters, in the list\'s order, as an .xlsx file.',
  query: contingentExportQuery,

  title: (query, { t }) => t(`contingent:tabs.${query.status}`),
  describeFilters: (query, context) => [
    ...describeStudentFilters(query, context),
    ...(query.columns === 'passport' ? [context.t('excel:export.filters.passport')] : []),
  ],
  auditFilters: (query) => ({ status: query.status, ...auditStudentFilters(query), columns: query.columns }),

  columns: (query, context) => [
    ...studentColumns<ContingentRow>(['number', 'id', 'iin', 'fill', 'lastName', 'firstName', 'middleName', 'grade', 'letter'], context, (row) => row.item),
    ...(query.columns === 'passport'
      ? passportColumns<ContingentRow>(context, (row) => ({ ...row.student, studyForm: row.enrolment.studyForm, passport: row.passport }))
      : []),
  ],

  async count(query, { db, organization }) {
    const [{ total }] = await db
      .select({ total: count() })
      .from(enrolments)
      .innerJoin(students, eq(students.id, enrolments.studentId))
      .where(and(...listConditions(organization.id, query)));
    return Number(total);
  },

  pages: contingentPages,
});

/** A grade and letter of the school with the number of its students in the export. */
interface SchoolClass {
  grade: number;
  letterSortKey: string;
  size: number;
}

/**
 * Reads the list class by class: consecutive classes are taken together up to
 * a page, and a class larger than a page is read in keyset pages. The
 * condition on the classes lets PostgreSQL read only their rows through the
 * (school, status, grade, letter) index, so no statement scans the whole
 * list, however long it is.
 */
async function* contingentPages(query: ContingentExportQuery, context: ExportContext): AsyncGenerator<ContingentRow[]> {
  for (const group of groupClasses(await loadClasses(query, context), EXPORT_PAGE_SIZE)) {
    yield* keysetPages<ContingentRow, ContingentKey>(
      (after, limit) => fetchContingentPage(query, context, group, after, limit),
      (row) => ({
        grade: row.enrolment.grade,
        letterSortKey: row.enrolment.letterSortKey,
        nameSortKey: row.student.nameSortKey,
        studentId: row.student.id,
        enrolmentId: row.enrolment.id,
      }),
    );
  }
}

async function loadClasses(query: ContingentExportQuery, { db, organization }: ExportContext): Promise<SchoolClass[]> {
  const rows = await db
    .select({ grade: enrolments.grade, letterSortKey: enrolments.letterSortKey, size: count() })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(and(...listConditions(organization.id, query)))
    .groupBy(enrolments.grade, enrolments.letterSortKey)
    .orderBy(asc(enrolments.grade), sql`${enrolments.letterSortKey} collate "C"`);

  return rows.map((row) => ({ ...row, size: Number(row.size) }));
}

/** Splits the classes, in order, into groups of at most `limit` students; a larger class is a group of its own. */
export function groupClasses(classes: SchoolClass[], limit: number): SchoolClass[][] {
  const groups: SchoolClass[][] = [];
  let current: SchoolClass[] = [];
  let size = 0;

  for (const schoolClass of classes) {
    if (current.length > 0 && size + schoolClass.size > limit) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(schoolClass);
    size += schoolClass.size;
  }
  if (current.length > 0) groups.push(current);

  return groups;
}

/** Reads the page after `after` in the order of the list endpoint, with the enrolment id as the last tie-break. */
async function fetchContingentPage(
  query: ContingentExportQuery,
  { db, organization }: ExportContext,
  group: SchoolClass[],
  after: ContingentKey | null,
  limit: number,
): Promise<ContingentRow[]> {
  const inGroup = or(...group.map((schoolClass) => and(eq(enrolments.grade, schoolClass.grade), eq(enrolments.letterSortKey, schoolClass.letterSortKey))));
  const afterKey = after
    ? sql`(${enrolments.grade}, ${enrolments.letterSortKey} collate "C", ${students.nameSortKey} collate "C", ${students.id}, ${enrolments.id})
        > (${after.grade}, ${after.letterSortKey}, ${after.nameSortKey}, ${after.studentId}, ${after.enrolmentId})`
    : undefined;

  const rows = await db
    .select({ student: students, enrolment: enrolments })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(and(...listConditions(organization.id, query), inGroup, afterKey))
    .orderBy(
      asc(enrolments.grade),
      sql`${enrolments.letterSortKey} collate "C"`,
      sql`${students.nameSortKey} collate "C"`,
      asc(students.id),
      asc(enrolments.id),
    )
    .limit(limit);

  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));

  return rows.map(({ student, enrolment }) => {
    const passport = passports.get(student.id)!;
    return { item: toStudentListItem(student, enrolment, passport, organization.finalGrade), student, enrolment, passport };
  });
}
