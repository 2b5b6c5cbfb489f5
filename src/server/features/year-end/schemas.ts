import { z } from 'zod';
import { schoolYearField } from '../movements/schemas.js';

export const yearEndGradeRow = z.object({
  grade: z.number().int().describe('The grade in the school year being closed'),
  active: z.number().int().describe('Active students of the grade not yet graduated or transferred'),
  notReady: z.number().int().describe('Of the active ones, those with required indicators to fill'),
  graduated: z.number().int(),
  transferred: z.number().int(),
  admitted: z.number().int().describe('Graduates of the grade admitted into the next grade'),
});
export type YearEndGradeRow = z.infer<typeof yearEndGradeRow>;

export const yearEndSummarySchema = z.object({
  schoolYear: schoolYearField,
  grades: z.array(yearEndGradeRow),
});
export type YearEndSummary = z.infer<typeof yearEndSummarySchema>;
