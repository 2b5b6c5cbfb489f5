import type { z } from 'zod';
import type { Executor } from '../../../db/client.js';
import type { Language } from '../../../i18n/resources.js';
import type { Dictionaries } from '../dictionaries/list-dictionaries.js';
import type { OrganizationView } from '../organizations/get-organization.js';

/**
 * The cell type of a column's values: `text` and `iin` as text cells (an IIN
 * keeps its leading zeros), `number` as numbers, `date` ('YYYY-MM-DD') as real
 * Excel dates.
 */
export type ExportCellType = 'text' | 'iin' | 'number' | 'date';

export type ExportCellValue = string | number | null;

export interface ExportColumn<Row> {
  /** The header, already in the export's language. */
  header: string;
  type: ExportCellType;
  /** Column width in characters. */
  width: number;
  /** The cell of a row; `position` is the row's 1-based number in the file, for the № column. */
  value(row: Row, position: number): ExportCellValue;
}

/** The input of every list definition: the database, the school, the language and today. */
export interface ExportContext {
  db: Executor;
  organization: OrganizationView;
  language: Language;
  /** Translates a catalogue key into the export's language. */
  t(key: string, params?: Record<string, unknown>): string;
  dictionaries: Dictionaries;
  /** Today as 'YYYY-MM-DD' in Asia/Almaty. */
  today: string;
  now: Date;
}

/**
 * One exportable list: its filters, its columns and a source that reads its
 * rows page by page in the list's order. A new list is one file that exports
 * such an object, added to EXPORT_LISTS.
 */
export interface ExportList<Query, Row> {
  /** The last part of the export's path: /organizations/:orgId/exports/<name>. */
  name: string;
  /** The route's OpenAPI description. */
  description: string;
  /** The list's filters, as the list's own endpoint takes them; an object, so the route can add `language`. */
  query: z.ZodObject & z.ZodType<Query>;
  /** The list's name for the title row and the file name, e.g. "Контингент" or "Выпускники". */
  title(query: Query, context: ExportContext): string;
  /** The filters in force, as the title row shows them: "11 класс", "литера А". */
  describeFilters(query: Query, context: ExportContext): string[];
  /**
   * The filters for the audit log: values that are not personal data. A search
   * text may contain a name, so the log records only whether there was one.
   */
  auditFilters(query: Query): Record<string, string | number | boolean>;
  columns(query: Query, context: ExportContext): ExportColumn<Row>[];
  /** Number of rows the export will have, counted before it starts, for the audit log. */
  count(query: Query, context: ExportContext): Promise<number>;
  /** The rows in the list's order, a page at a time, so memory does not grow with the list. */
  pages(query: Query, context: ExportContext): AsyncIterable<Row[]>;
}

/** An export list of any query and row type, the element type of EXPORT_LISTS. */
export type AnyExportList = ExportList<any, any>;

/** Declares a list with its types checked, for the EXPORT_LISTS registry. */
export function defineExportList<Query, Row>(list: ExportList<Query, Row>): AnyExportList {
  return list;
}
