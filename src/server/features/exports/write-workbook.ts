import type { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { parseIsoDate } from '../../../domain/dates.js';
import type { ExportCellValue, ExportColumn } from './export-list.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's number format of a date cell, in the day-month-year order used in Kazakhstan. */
export const EXCEL_DATE_FORMAT = 'dd.mm.yyyy';

/** Excel's number format of a text cell: Excel keeps its content as text, so an IIN keeps its leading zeros. */
export const EXCEL_TEXT_FORMAT = '@';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME_LENGTH = 31;

export interface SheetLayout<Row> {
  sheetName: string;
  /** Lines above the header: the school, then the list with its filters and the date. */
  titleLines: string[];
  columns: ExportColumn<Row>[];
}

/** Thrown when the client went away during an export, so the remaining pages are not read. */
export class ExportAbortedError extends Error {
  constructor() {
    super('The client closed the connection during the export');
    this.name = 'ExportAbortedError';
  }
}

/**
 * Streams an .xlsx file into `output`: the title lines, a bold header row that
 * stays frozen on scrolling and carries autofilters, then every row of every
 * page. Each row is committed as soon as it is written and the next page is
 * read only once the client has taken the bytes before it, so memory contains
 * about one page whatever the length of the list. Returns the number of rows.
 */
export async function writeWorkbook<Row>(output: PassThrough, layout: SheetLayout<Row>, pages: AsyncIterable<Row[]>): Promise<number> {
  // Shared strings would keep every distinct text in memory until the end, so cells hold their text inline.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const headerRowNumber = layout.titleLines.length + 1;
  const sheet = workbook.addWorksheet(safeSheetName(layout.sheetName), {
    views: [{ state: 'frozen', ySplit: headerRowNumber, xSplit: 0 }],
  });
  sheet.columns = layout.columns.map((column) => ({ width: column.width }));

  layout.titleLines.forEach((line, index) => {
    const row = sheet.addRow([line]);
    row.font = index === 0 ? { bold: true, size: 13 } : { italic: true };
    row.commit();
  });

  const header = sheet.addRow(layout.columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  let written = 0;
  for await (const page of pages) {
    if (output.destroyed) throw new ExportAbortedError();

    for (const item of page) {
      written += 1;
      const row = sheet.addRow(layout.columns.map((column) => toCell(column.type, column.value(item, written))));
      layout.columns.forEach((column, index) => applyFormat(row.getCell(index + 1), column.type));
      row.commit();
    }

    await waitForClient(output);
  }

  const lastColumn = sheet.getColumn(Math.max(layout.columns.length, 1)).letter;
  sheet.autoFilter = `A${headerRowNumber}:${lastColumn}${headerRowNumber + written}`;
  sheet.commit();
  await workbook.commit();

  return written;
}

function toCell(type: ExportColumn<unknown>['type'], value: ExportCellValue): ExcelJS.CellValue {
  if (value === null || value === '') return null;

  if (type === 'date' && typeof value === 'string') {
    const date = parseIsoDate(value);
    // Midnight UTC is the date itself for ExcelJS, which writes dates in UTC.
    return date ? new Date(Date.UTC(date.year, date.month - 1, date.day)) : value;
  }

  if (type === 'number') return typeof value === 'number' ? value : Number(value);

  return String(value);
}

function applyFormat(cell: ExcelJS.Cell, type: ExportColumn<unknown>['type']): void {
  if (type === 'date') cell.numFmt = EXCEL_DATE_FORMAT;
  if (type === 'iin' || type === 'text') cell.numFmt = EXCEL_TEXT_FORMAT;
}

/** Waits until the client has read what is buffered, or has gone away. */
async function waitForClient(output: PassThrough): Promise<void> {
  // One turn of the event loop lets the zip writer move the page into `output`.
  await new Promise((resolve) => setImmediate(resolve));
  if (!output.writableNeedDrain || output.destroyed) return;

  await new Promise<void>((resolve) => {
    const settle = () => {
      output.off('drain', settle);
      output.off('close', settle);
      resolve();
    };
    output.on('drain', settle);
    output.on('close', settle);
  });
}

/** Removes the characters Excel forbids in a sheet name, [ ] : * ? / \, and cuts it to 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return (cleaned || 'Sheet').slice(0, MAX_SHEET_NAME_LENGTH);
}
