import type { StudentListItem } from '../students/schemas.js';
import type { ExportColumn, ExportContext } from './export-list.js';

/** The columns that the student lists of the interface share, in the order the lists show them. */
export type StudentColumnKey = 'number' | 'id' | 'iin' | 'fill' | 'lastName' | 'firstName' | 'middleName' | 'grade' | 'letter';

/**
 * Builds the export columns of a student list from the keys of its visible
 * columns. `student` finds the list item in a row of the list.
 */
export function studentColumns<Row>(keys: StudentColumnKey[], context: ExportContext, student: (row: Row) => StudentListItem): ExportColumn<Row>[] {
  const { t } = context;

  const columns: Record<StudentColumnKey, ExportColumn<Row>> = {
    number: { header: '№', type: 'number', width: 6, value: (_row, position) => position },
    id: { header: t('contingent:columns.id'), type: 'number', width: 14, value: (row) => student(row).id },
    iin: { header: t('contingent:columns.iin'), type: 'iin', width: 15, value: (row) => student(row).iin },
    fill: { header: t('common:fillStatistics'), type: 'text', width: 14, value: (row) => `${student(row).fill.filled}/${student(row).fill.required}` },
    lastName: { header: t('contingent:columns.lastName'), type: 'text', width: 20, value: (row) => student(row).lastName },
    firstName: { header: t('contingent:columns.firstName'), type: 'text', width: 18, value: (row) => student(row).firstName },
    middleName: { header: t('contingent:columns.middleName'), type: 'text', width: 20, value: (row) => student(row).middleName },
    grade: { header: t('contingent:columns.grade'), type: 'number', width: 10, value: (row) => student(row).grade },
    letter: { header: t('contingent:columns.letter'), type: 'text', width: 8, value: (row) => student(row).letter },
  };

  return keys.map((key) => columns[key]);
}

/** Describes the grade, letter and search filters for the title row: "11 класс", "литера А", "поиск: «…»". */
export function describeStudentFilters(query: { grade?: number; letter?: string; q?: string }, { t }: ExportContext): string[] {
  const filters: string[] = [];

  if (query.grade !== undefined) filters.push(t('common:grade', { grade: query.grade }));
  if (query.letter) filters.push(t('excel:export.filters.letter', { letter: query.letter.toLocaleUpperCase('kk') }));
  if (query.q) filters.push(t('excel:export.filters.search', { text: query.q }));

  return filters;
}

/** The grade, letter and search filters for the audit log: the search text may be a name, so only its presence is kept. */
export function auditStudentFilters(query: { grade?: number; letter?: string; q?: string }): Record<string, string | number | boolean> {
  const filters: Record<string, string | number | boolean> = {};

  if (query.grade !== undefined) filters.grade = query.grade;
  if (query.letter) filters.letter = query.letter.toLocaleUpperCase('kk');
  if (query.q) filters.search = true;

  return filters;
}
