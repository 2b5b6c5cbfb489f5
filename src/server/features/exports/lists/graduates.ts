import { and, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { enrolments, students } from '../../../../db/schema.js';
import { graduateConditions } from '../../graduation/list-graduates.js';
import { graduatesQuery } from '../../graduation/schemas.js';
import { toStudentListItem } from '../../students/list-item.js';
import { loadPassportValues } from '../../students/load-student.js';
import type { StudentListItem } from '../../students/schemas.js';
import { defineExportList, type ExportContext } from '../export-list.js';
import { keysetPages } from '../keyset-pages.js';
import { auditStudentFilters, describeStudentFilters, studentColumns } from '../student-columns.js';

const graduatesExportQuery = graduatesQuery.omit({ page: true, pageSize: true });
type GraduatesExportQuery = z.infer<typeof graduatesExportQuery>;

interface GraduateRow {
  item: StudentListItem;
  graduationYear: number | null;
  key: GraduateKey;
}

interface GraduateKey {
  negativeYear: number;
  grade: number;
  letterSortKey: string;
  nameSortKey: string;
  enrolmentId: number;
}

/** The Graduates tab: newest graduation year first, then in contingent order. */
export const graduatesExport = defineExportList<GraduatesExportQuery, GraduateRow>({
  name: 'graduates',
  description: 'The school\'s graduates with the graduation year and the tab\'s grade and search filters, as an .xlsx file.',
  query: graduatesExportQuery,

  title: (_query, { t }) => t('contingent:tabs.graduated'),
  describeFilters: describeStudentFilters,
  auditFilters: auditStudentFilters,

  columns: (_query, context) => [
    ...studentColumns<GraduateRow>(['number', 'id', 'iin', 'fill', 'lastName', 'firstName', 'middleName', 'grade', 'letter'], context, (row) => row.item),
    { header: context.t('graduation:columns.graduationYear'), type: 'number', width: 12, value: (row) => row.graduationYear },
  ],

  async count(query, { db, organization }) {
    const [{ total }] = await db
      .select({ total: count() })
      .from(enrolments)
      .innerJoin(students, eq(students.id, enrolments.studentId))
      .where(and(...graduateConditions(organization.id, query)));
    return Number(total);
  },

  pages: (query, context) => keysetPages((after: GraduateKey | null, limit) => fetchGraduatesPage(query, context, after, limit), (row) => row.key),
});

// Descending by year is ascending by its negative, so one row comparison serves as the keyset condition.
const negativeYear = sql<number>`-coalesce((${enrolments.graduation} ->> 'graduationYear')::int, 0)`;

async function fetchGraduatesPage(query: GraduatesExportQuery, { db, organization }: ExportContext, after: GraduateKey | null, limit: number): Promise<GraduateRow[]> {
  const afterKey = after
    ? sql`(${negativeYear}, ${enrolments.grade}, ${enrolments.letterSortKey} collate "C", ${students.nameSortKey} collate "C", ${enrolments.id})
        > (${after.negativeYear}, ${after.grade}, ${after.letterSortKey}, ${after.nameSortKey}, ${after.enrolmentId})`
    : undefined;

  const rows = await db
    .select({ student: students, enrolment: enrolments, negativeYear })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(and(...graduateConditions(organization.id, query), afterKey))
    .orderBy(negativeYear, enrolments.grade, sql`${enrolments.letterSortKey} collate "C"`, sql`${students.nameSortKey} collate "C"`, enrolments.id)
    .limit(limit);

  const passports = await loadPassportValues(db, [...new Set(rows.map((row) => row.student.id))]);

  return rows.map(({ student, enrolment, negativeYear: year }) => ({
    item: toStudentListItem(student, enrolment, passports.get(student.id)!, organization.finalGrade),
    graduationYear: enrolment.graduation?.graduationYear ?? null,
    key: {
      negativeYear: Number(year),
      grade: enrolment.grade,
      letterSortKey: enrolment.letterSortKey,
      nameSortKey: student.nameSortKey,
      enrolmentId: enrolment.id,
    },
  }));
}
