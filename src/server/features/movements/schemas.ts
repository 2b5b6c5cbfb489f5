import { z } from 'zod';
import { studentDetail, studentListItem } from '../students/schemas.js';

/** Most students one bulk request may name: the largest schools have about 3,000. */
export const MAX_STUDENTS_PER_REQUEST = 3000;

/** Build the schema of a bulk request's `studentIds`: at least one id, each once. A repeated id gets `duplicateCode`. */
export function studentIdList(duplicateCode: string) {
  return z
    .array(z.number().int().positive().max(Number.MAX_SAFE_INTEGER))
    .min(1)
    .max(MAX_STUDENTS_PER_REQUEST)
    .superRefine((ids, context) => {
      const seen = new Set<number>();
      ids.forEach((id, index) => {
        if (seen.has(id)) {
          context.addIssue({ code: 'custom', path: [index], params: { code: duplicateCode }, message: `student id ${id} is repeated` });
        }
        seen.add(id);
      });
    });
}

/** A student whose year-end movement (transfer or admission) is recorded, as the lists of moved students show them. */
export const movedStudent = studentListItem.extend({
  movementId: z.number().int(),
  fromGrade: z.number().int().describe('The grade before the movement'),
  movedAt: z.iso.datetime().describe('When the movement was recorded'),
  canUndo: z.boolean().describe('The movement is still the student\'s latest one and belongs to the school year being closed'),
});
export type MovedStudent = z.infer<typeof movedStudent>;

export const undoResult = z.object({ movementId: z.number().int().describe('The undo movement'), student: studentDetail });

export const schoolYearField = z.number().int().describe('The school year being closed: 2025 for 2025–2026');
