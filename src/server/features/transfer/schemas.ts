import { z } from 'zod';
import { movedStudent, schoolYearField, studentIdList } from '../movements/schemas.js';
import { studentListItem } from '../students/schemas.js';

export const transferListQuery = z.object({
  state: z.enum(['not_transferred', 'transferred']).default('not_transferred'),
  grade: z.coerce.number().int().min(0).max(13).optional(),
  letter: z.string().trim().min(1).max(2).optional(),
});
export type TransferListQuery = z.infer<typeof transferListQuery>;

export const notReadyStudent = z.object({
  student: studentListItem,
  missing: z.array(z.string()).describe('Codes of the required indicators without a value, in catalogue order'),
});

export const transferListSchema = z.object({
  schoolYear: schoolYearField,
  eligible: z.array(studentListItem).optional().describe('Students ready to move up; with state=not_transferred'),
  notReady: z.array(notReadyStudent).optional().describe('Students with indicators still to fill; with state=not_transferred'),
  transferred: z.array(movedStudent).optional().describe('Students moved up this year, in their new grade; with state=transferred'),
});
export type TransferList = z.infer<typeof transferListSchema>;

export const transferBody = z.object({ studentIds: studentIdList('transfer.student_ids_duplicate') }).strict();
export type TransferBody = z.infer<typeof transferBody>;

export const transferResult = z.object({
  batchId: z.uuid().describe('The movements of this transfer share it'),
  transferred: z.number().int(),
});
