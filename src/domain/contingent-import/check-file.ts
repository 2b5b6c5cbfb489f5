import { isBlankCell, parseIinCell, type RawCell } from './cells.js';
import { checkRow, type ImportedRow, type RowCheckContext } from './check-row.js';
import {
  cellProblem,
  fileProblem,
  findHeaderRow,
  matchHeader,
  titleLookup,
  type IgnoredColumn,
  type ImportColumnSpec,
  type ImportProblem,
  type MatchedColumn,
} from './columns.js';

/** A row as a file reader returns it: its number in the spreadsheet (1-based) and its cells, column A first. */
export interface SheetRow {
  number: number;
  cells: RawCell[];
}

/** How many rows from the top may come before the header: a title, a date, a blank line. */
export const MAX_ROWS_BEFORE_HEADER = 20;

export interface CheckedFile {
  columns: MatchedColumn[];
  ignored: IgnoredColumn[];
  /** Data rows without a problem; rows with one are left out. */
  rows: ImportedRow[];
  /** Number of data rows, blank rows not counted. */
  rowCount: number;
  problems: ImportProblem[];
}

/**
 * Checks a whole sheet: finds the header row, matches its columns, checks every
 * data row after it and flags an IIN that an earlier row already has. Blank
 * rows are skipped.
 */
export function checkFile(sheet: readonly SheetRow[], specs: readonly ImportColumnSpec[], context: RowCheckContext): CheckedFile {
  const empty: CheckedFile = { columns: [], ignored: [], rows: [], rowCount: 0, problems: [] };
  const lookup = titleLookup(specs);

  const headerIndex = findHeaderRow(sheet.slice(0, MAX_ROWS_BEFORE_HEADER).map((row) => row.cells), lookup);
  if (headerIndex === null) {
    const iinTitle = specs.find((spec) => spec.field === 'iin')?.label ?? 'IIN';
    return { ...empty, problems: [fileProblem('import.header_missing', { title: iinTitle, rows: MAX_ROWS_BEFORE_HEADER })] };
  }

  const header = sheet[headerIndex];
  const { columns, ignored, problems } = matchHeader(header.cells, header.number, specs, lookup);
  const dataRows = sheet.slice(headerIndex + 1).filter((row) => !row.cells.every(isBlankCell));
  if (problems.length > 0) return { ...empty, columns, ignored, rowCount: dataRows.length, problems };

  if (dataRows.length === 0) return { ...empty, columns, ignored, problems: [fileProblem('import.no_rows', { headerRow: header.number })] };

  const rows: ImportedRow[] = [];
  const firstRowOfIin = new Map<string, number>();
  const iinColumn = columns.find((column) => column.field === 'iin')!;

  for (const { number, cells } of dataRows) {
    const checked = checkRow(number, cells, columns, context);
    problems.push(...checked.problems);

    // A repeated IIN is flagged even when the earlier row has other problems, so fixing those does not reveal a new one.
    const iinCell = cells[iinColumn.index] ?? null;
    const iin = isBlankCell(iinCell) ? null : parseIinCell(iinCell);
    const firstRow = iin === null ? undefined : firstRowOfIin.get(iin);
    if (firstRow !== undefined) {
      problems.push(cellProblem(number, iinColumn, 'import.iin_duplicate', { firstRow }));
      continue;
    }

    if (iin !== null) firstRowOfIin.set(iin, number);
    if (checked.row) rows.push(checked.row);
  }

  return { columns, ignored, rows, rowCount: dataRows.length, problems };
}
