import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Language } from '../../../i18n/resources.js';
import { translate } from '../../../i18n/translate.js';
import { schoolYearLabel } from '../../../domain/school-year.js';
import type { ProgressRow } from './assemble-progress.js';
import type { TerritoryProgress } from './get-progress.js';

const COUNT_COLUMNS = ['active', 'notReady', 'graduated', 'transferred', 'admitted', 'pending'] as const;

/**
 * Write the progress table as an .xlsx stream with headers in `language`:
 * a summary sheet (a row per territory or school, then the total) and a
 * sheet with the counts of every grade of every row. ExcelJS writes rows
 * as they are committed, so the file is never held whole in memory.
 */
export function progressWorkbook(progress: TerritoryProgress, language: Language): Readable {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const t = (key: string, params: Record<string, unknown> = {}) => translate(language, `progress:${key}`, params);
  const name = (names: { kk: string; ru: string }) => (language === 'kk' ? names.kk : names.ru);

  void (async () => {
    const summary = workbook.addWorksheet(t('export.summarySheet'));
    summary.columns = [{ width: 48 }, { width: 14 }, { width: 10 }, ...COUNT_COLUMNS.map(() => ({ width: 14 }))];
    summary.addRow([t('export.title', { territory: name(progress.territory.names), year: schoolYearLabel(progress.schoolYear) })]).font = { bold: true, size: 13 };
    summary.addRow([]);
    const header = summary.addRow([t(progress.grouping === 'territories' ? 'columns.territory' : 'columns.school'), t('columns.code'), t('columns.schools'), ...COUNT_COLUMNS.map((column) => t(`columns.${column}`))]);
    header.font = { bold: true };

    for (const row of progress.rows) summary.addRow([name(row.names), codeOf(row), row.schools, ...COUNT_COLUMNS.map((column) => row.totals[column])]).commit();
    const total = summary.addRow([t('total'), null, progress.rows.reduce((sum, row) => sum + row.schools, 0), ...COUNT_COLUMNS.map((column) => progress.totals[column])]);
    total.font = { bold: true };
    total.commit();
    summary.commit();

    const byGrade = workbook.addWorksheet(t('export.gradesSheet'));
    byGrade.columns = [{ width: 48 }, { width: 14 }, { width: 10 }, ...COUNT_COLUMNS.map(() => ({ width: 14 }))];
    byGrade.addRow([t(progress.grouping === 'territories' ? 'columns.territory' : 'columns.school'), t('columns.code'), t('columns.grade'), ...COUNT_COLUMNS.map((column) => t(`columns.${column}`))]).font = { bold: true };
    for (const row of progress.rows) {
      for (const counts of row.grades) byGrade.addRow([name(row.names), codeOf(row), counts.grade, ...COUNT_COLUMNS.map((column) => counts[column])]).commit();
    }
    byGrade.commit();

    await workbook.commit();
  })().catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));

  return stream;
}

/** Return the school's id, or the territory's KATO code. */
function codeOf(row: ProgressRow): string {
  return row.kind === 'school' ? String(row.organizationId) : row.kato;
}
