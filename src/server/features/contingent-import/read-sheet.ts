import type { SheetRow } from '../../../domain/contingent-import/check-file.js';
import { importFileError } from './import-error.js';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILE_MEGABYTES } from './limits.js';
import { readCsvRows } from './read-csv.js';
import { readXlsxRows } from './read-xlsx.js';
import { IMPORT_ROW_LIMITS } from './row-limits.js';
import { sniffFile } from './sniff-file.js';

export type SheetFileType = 'xlsx' | 'csv';

export interface SheetFile {
  type: SheetFileType;
  /** The non-blank rows, in order. */
  rows: SheetRow[];
}

/**
 * Reads the rows of an uploaded file, telling its type by its content: an
 * .xlsx, or text read as CSV. Rejects an empty file, one over the size
 * limit, an old .xls and anything that is not a spreadsheet, each with its
 * own error code.
 */
export async function readSheet(bytes: Buffer): Promise<SheetFile> {
  if (bytes.length === 0) throw importFileError('import.file_empty');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw fileTooLarge();

  const kind = sniffFile(bytes);
  if (kind === 'xls') throw importFileError('import.xls_not_supported');
  if (kind === 'other') throw importFileError('import.not_spreadsheet');

  const file: SheetFile = kind === 'xlsx' ? { type: 'xlsx', rows: await readXlsxRows(bytes, IMPORT_ROW_LIMITS) } : { type: 'csv', rows: await readCsvRows(bytes, IMPORT_ROW_LIMITS) };
  if (file.rows.length === 0) throw importFileError('import.file_empty');

  return file;
}

export function fileTooLarge() {
  return importFileError('import.file_too_large', { maxMegabytes: MAX_IMPORT_FILE_MEGABYTES }, 413);
}
