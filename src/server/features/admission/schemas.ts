import { z } from 'zod';
import { dateString } from '../../http/schemas.js';
import { movedStudent, schoolYearField, studentIdList } from '../movements/schemas.js';
import { studentListItem } from '../students/schemas.js';

export const admissionListQuery = z.object({
  state: z.enum(['not_admitted', 'admitted']).default('not_admitted'),
});
export type AdmissionListQuery = z.infer<typeof admissionListQuery>;

export const admissionCandidate = studentListItem.extend({
  admissionGrade: z.number().int().describe('The grade the graduate enters'),
  documentKind: z.string(),
  departureDate: dateString,
});
export type AdmissionCandidateItem = z.infer<typeof admissionCandidate>;

export const admissionListSchema = z.object({
  schoolYear: schoolYearField,
  eligible: z.array(admissionCandidate).optional().describe('Graduates of this year who continue at the school; with state=not_admitted'),
  admitted: z.array(movedStudent).optional().describe('Graduates admitted this year, in their new grade; with state=admitted'),
});
export type AdmissionList = z.infer<typeof admissionListSchema>;

export const admissionBody = z
  .object({
    studentIds: studentIdList('admission.student_ids_duplicate'),
    letter: z.string().trim().min(1).max(2).nullish().describe('Letter of the new class; by default each student keeps their letter'),
  })
  .strict();
export type AdmissionBody = z.infer<typeof admissionBody>;

export const admissionResult = z.object({
  batchId: z.uuid().describe('The movements of this admission share it'),
  admitted: z.number().int(),
});
