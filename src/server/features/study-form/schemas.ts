import { z } from 'zod';
import { dateString } from '../../http/schemas.js';
import { MAX_STUDENTS_PER_REQUEST } from '../graduation/schemas.js';

const studentIds = z
  .array(z.number().int().positive().max(Number.MAX_SAFE_INTEGER))
  .min(1)
  .max(MAX_STUDENTS_PER_REQUEST)
  .superRefine((ids, context) => {
    const seen = new Set<number>();
    ids.forEach((id, index) => {
      if (seen.has(id)) {
        context.addIssue({ code: 'custom', path: [index], params: { code: 'study_form.student_ids_duplicate' }, message: `student id ${id} is repeated` });
      }
      seen.add(id);
    });
  });

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
