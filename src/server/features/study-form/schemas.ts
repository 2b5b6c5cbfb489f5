import { z } from 'zod';
import { dateString } from '../../http/schemas.js';
import { studentIdList } from '../movements/schemas.js';

const studentIds = studentIdList('study_form.student_ids_duplicate');

export const changeStudyFormBody = z
  .object({
    studentIds,
    studyForm: z.string().min(1).max(64).describe('Code from the studyForms dictionary'),
    orderNumber: z.string().trim().max(50).nullish().describe('Optional; given together with orderDate'),
    orderDate: dateString.nullish(),
  })
  .strict();
export type ChangeStudyFormBody = z.infer<typeof changeStudyFormBody>;

export const changeStudyFormResult = z.object({
  batchId: z.uuid().nullable().describe('The movements of this change share it; null when every student already had the form'),
  changed: z.number().int(),
  unchanged: z.number().int().describe('Students who already had the study form: no movement is recorded for them'),
});
