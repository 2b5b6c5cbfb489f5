import { isBlankCell } from '../../../domain/contingent-import/cells.js';
import { MAX_ROWS_BEFORE_HEADER, type SheetRow } from '../../../domain/contingent-import/check-file.js';
import { importFileError } from './import-error.js';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_FILE_MEGABYTES, MAX_IMPORT_ROWS } from './limits.js';

export interface RowLimits {
  maxRows: number;
  maxColumns: number;
  /** The file size limit, named in the error of a file that unpacks too large. */
  maxMegabytes: number;
}

export const IMPORT_ROW_LIMITS: RowLimits = { maxRows: MAX_IMPORT_ROWS, maxColumns: MAX_IMPORT_COLUMNS, maxMegabytes: MAX_IMPORT_FILE_MEGABYTES };

/**
 * Collects the non-blank rows of a sheet, up to the header's allowance plus
 * `maxRows`, and stops the reader with an error past it. Trailing blank
 * cells are cut, so a sheet formatted far to the right reads as narrow.
 */
export async function collectRows(rows: AsyncIterable<SheetRow> | Iterable<SheetRow>, limits: RowLimits): Promise<SheetRow[]> {
  const collected: SheetRow[] = [];

  for await (const row of rows) {
    const cells = trimTrailingBlanks(row.cells);
    if (cells.length === 0) continue;
    if (cells.length > limits.maxColumns) throw importFileError('import.too_many_columns', { max: limits.maxColumns });

    collected.push({ number: row.number, cells });
    if (collected.length > limits.maxRows + MAX_ROWS_BEFORE_HEADER) throw importFileError('import.too_many_rows', { max: limits.maxRows });
  }

  return collected;
}

function trimTrailingBlanks(cells: SheetRow['cells']): SheetRow['cells'] {
  let end = cells.length;
  while (end > 0 && isBlankCell(cells[end - 1])) end -= 1;
  return end === cells.length ? cells : cells.slice(0, end);
}
