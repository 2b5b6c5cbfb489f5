import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RawCell } from '../../../domain/contingent-import/cells.js';
import type { SheetRow } from '../../../domain/contingent-import/check-file.js';
import { AppError } from '../../http/errors.js';
import { importFileError } from './import-error.js';
import { MAX_IMPORT_COLUMNS, MAX_UNPACKED_XLSX_BYTES } from './limits.js';
import { collectRows, type RowLimits } from './row-limits.js';
import { readZipDirectory } from './zip-directory.js';

/**
 * Reads the first worksheet of an .xlsx file with ExcelJS's streaming reader,
 * which parses the sheet row by row instead of building the whole workbook.
 * Reading stops with an error past the row limit. A zip file without a
 * workbook (a .docx, an .ods) is not a spreadsheet this import reads.
 */
export async function readXlsxRows(bytes: Buffer, limits: RowLimits): Promise<SheetRow[]> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw importFileError('import.file_unreadable');
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) throw importFileError('import.not_spreadsheet');

  const unpacked = entries.reduce((total, entry) => total + entry.unpackedSize, 0);
  if (unpacked > MAX_UNPACKED_XLSX_BYTES) throw importFileError('import.file_too_large', { maxMegabytes: limits.maxMegabytes }, 413);

  // Styles are read because only they tell a date cell from a number cell.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });

  try {
    // NOTE: the first worksheet in the zip container is read, which is the first tab of files that Excel, LibreOffice and this application write.
    for await (const worksheet of reader) {
      return await collectRows(sheetRows(worksheet), limits);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw importFileError('import.file_unreadable');
  }

  throw importFileError('import.no_rows', { headerRow: 0 });
}

async function* sheetRows(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<SheetRow> {
  for await (const row of worksheet) {
    const values = Array.isArray(row.values) ? row.values : [];
    // ExcelJS numbers cells from 1, so values[0] is always empty.
    const cells = values.slice(1, MAX_IMPORT_COLUMNS + 2).map((value) => toRawCell(value));
    yield { number: row.number, cells };
  }
}

/** Turns an ExcelJS cell value into a RawCell: rich text becomes its text, a formula its result, an error its code such as #N/A. */
export function toRawCell(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;

  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return toRawCell(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);

  return null;
}
