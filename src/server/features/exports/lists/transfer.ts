import { z } from 'zod';
import { almatyDate } from '../../../../domain/clock.js';
import { indicatorByCode } from '../../../../domain/passport/catalogue.js';
import { schoolYearOf } from '../../../../domain/school-year.js';
import { listMovedStudents } from '../../movements/list-moved-students.js';
import type { MovedStudent } from '../../movements/schemas.js';
import { listNotTransferred } from '../../transfer/list-not-transferred.js';
import type { TransferList } from '../../transfer/schemas.js';
import type { StudentListItem } from '../../students/schemas.js';
import { defineExportList, type ExportContext } from '../export-list.js';
import { auditStudentFilters, describeStudentFilters, studentColumns } from '../student-columns.js';

type NotReadyStudent = NonNullable<TransferList['notReady']>[number];

const transferQuery = z.object({
  grade: z.coerce.number().int().min(0).max(13).optional(),
  letter: z.string().trim().min(1).max(2).optional(),
});
type TransferQuery = z.infer<typeof transferQuery>;

/** Loads the not-transferred lists; one school has at most a few thousand such students, so they come as one page. */
function loadNotTransferred(query: TransferQuery, { db, organization, today }: ExportContext): Promise<TransferList> {
  const letter = query.letter?.toLocaleUpperCase('kk');
  return listNotTransferred(db, organization.id, schoolYearOf(today), { state: 'not_transferred', grade: query.grade, letter });
}

/** The students of the grades that move up who are ready to transfer, with the grade each moves to. */
export const transferReadyExport = defineExportList<TransferQuery, StudentListItem>({
  name: 'transfer-ready',
  description: 'The students ready to move up to the next grade, with the grade and letter filters of the Transfer tab, as an .xlsx file.',
  query: transferQuery,

  title: (_query, { t }) => t('excel:lists.transferReady'),
  describeFilters: describeStudentFilters,
  auditFilters: auditStudentFilters,

  columns: (_query, context) => [
    ...studentColumns<StudentListItem>(['number', 'id', 'iin', 'lastName', 'firstName', 'middleName', 'grade', 'letter'], context, (student) => student),
    { header: context.t('yearEnd:transfer.nextGrade'), type: 'number', width: 12, value: (student) => student.grade + 1 },
  ],

  count: async (query, context) => (await loadNotTransferred(query, context)).eligible!.length,

  async *pages(query, context) {
    yield (await loadNotTransferred(query, context)).eligible!;
  },
});

/** The students of the grades that move up who cannot transfer yet, with the indicators each still lacks. */
export const transferNotReadyExport = defineExportList<TransferQuery, NotReadyStudent>({
  name: 'transfer-not-ready',
  description: 'The students who cannot move up yet, with the indicators to fill, as an .xlsx file.',
  query: transferQuery,

  title: (_query, { t }) => t('excel:lists.transferNotReady'),
  describeFilters: describeStudentFilters,
  auditFilters: auditStudentFilters,

  columns: (_query, context) => [
    ...studentColumns<NotReadyStudent>(['number', 'id', 'iin', 'fill', 'lastName', 'firstName', 'middleName', 'grade', 'letter'], context, (row) => row.student),
    {
      header: context.t('graduation:columns.missing'),
      type: 'text',
      width: 60,
      value: (row) => row.missing.map((code) => indicatorByCode(code)?.labels[context.language] ?? code).join('; '),
    },
  ],

  count: async (query, context) => (await loadNotTransferred(query, context)).notReady!.length,

  async *pages(query, context) {
    yield (await loadNotTransferred(query, context)).notReady!;
  },
});

/** Columns of a list of students moved into the next school year: where they came from and when. */
export function movedColumns(context: ExportContext) {
  return [
    ...studentColumns<MovedStudent>(['number', 'id', 'iin', 'lastName', 'firstName', 'middleName'], context, (student) => student),
    { header: context.t('yearEnd:moved.fromGrade'), type: 'number' as const, width: 12, value: (student: MovedStudent) => student.fromGrade },
    { header: context.t('yearEnd:moved.toGrade'), type: 'number' as const, width: 12, value: (student: MovedStudent) => student.grade },
    { header: context.t('contingent:columns.letter'), type: 'text' as const, width: 8, value: (student: MovedStudent) => student.letter },
    { header: context.t('yearEnd:moved.movedAt'), type: 'date' as const, width: 14, value: (student: MovedStudent) => almatyDate(new Date(student.movedAt)) },
  ];
}

function loadTransferred(query: TransferQuery, { db, organization, today }: ExportContext): Promise<MovedStudent[]> {
  return listMovedStudents(db, organization.id, 'transfer', schoolYearOf(today), { grade: query.grade, letter: query.letter?.toLocaleUpperCase('kk') });
}

/** The students moved up this school year, in their new grade. */
export const transferredExport = defineExportList<TransferQuery, MovedStudent>({
  name: 'transferred',
  description: 'The students moved up this school year, with the grade they came from, as an .xlsx file.',
  query: transferQuery,

  title: (_query, { t }) => t('excel:lists.transferred'),
  describeFilters: describeStudentFilters,
  auditFilters: auditStudentFilters,
  columns: (_query, context) => movedColumns(context),

  count: async (query, context) => (await loadTransferred(query, context)).length,

  async *pages(query, context) {
    yield await loadTransferred(query, context);
  },
});
