import { z } from 'zod';
import { errorBodySchema } from '../../http/schemas.js';

const fieldError = errorBodySchema.shape.errors.unwrap().element;

export const importPreviewSchema = z.object({
  fileType: z.enum(['xlsx', 'csv']).describe('What the file is, judged by its content'),
  rows: z.number().int().describe('Rows of students below the header, blank rows not counted'),
  create: z.number().int().describe('Rows that add a student to the contingent'),
  returning: z.number().int().describe('Of `create`, students known from an earlier enrolment (graduated or departed)'),
  update: z.number().int().describe('Rows that change a student already in the contingent'),
  unchanged: z.number().int().describe('Rows whose student is in the contingent with the same data'),
  columns: z.array(z.object({ column: z.string(), title: z.string(), field: z.string() })).describe('The columns that are read, by spreadsheet column'),
  ignoredColumns: z.array(z.object({ column: z.string(), title: z.string() })).describe('Header cells that name no importable column'),
  problems: z
    .array(fieldError)
    .describe('The first problems, by row and column; `field` is the cell (C5) or `file`, and `params` carry row, column and title'),
  problemCount: z.number().int().describe('Every problem of the file; the import is possible only at 0'),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  batchId: z.uuid().nullable().describe('Shared by the movements and events of the import; null when nothing changed'),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const templateQuery = z.object({
  language: z.enum(['kk', 'ru']).describe('Language of the column titles and values'),
});

/** Most problems a response lists; the count covers them all. */
export const MAX_REPORTED_PROBLEMS = 500;
