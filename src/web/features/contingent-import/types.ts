import type { FieldError } from '../../api/client.js';

/** What the server found in an import file before writing anything. */
export interface ImportPreview {
  fileType: 'xlsx' | 'csv';
  rows: number;
  create: number;
  /** Of `create`, students known from an earlier enrolment. */
  returning: number;
  update: number;
  unchanged: number;
  columns: Array<{ column: string; title: string; field: string }>;
  ignoredColumns: Array<{ column: string; title: string }>;
  /** The first problems; `params` carry row, column and title. */
  problems: FieldError[];
  problemCount: number;
}

export interface ImportResult {
  batchId: string | null;
  created: number;
  updated: number;
  unchanged: number;
}

/** Largest file the server takes, checked here too, so a large file is not sent for nothing. */
export const MAX_IMPORT_FILE_MEGABYTES = 10;
