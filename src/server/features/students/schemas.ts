import { z } from 'zod';
import { ENROLMENT_STATUSES } from '../../../db/schema.js';

const fillSchema = z.object({
  filled: z.number().int().describe('Required indicators that have a value'),
  required: z.number().int().describe('Indicators required for this student'),
});

export const listStudentsQuery = z.object({
  status: z.enum(ENROLMENT_STATUSES).default('active'),
  grade: z.coerce.number().int().min(0).max(13).optional(),
  letter: z.string().trim().min(1).max(2).optional(),
  q: z.string().trim().max(100).optional().describe('Part of the IIN or of a name'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(25),
});
export type ListStudentsQuery = z.infer<typeof listStudentsQuery>;

export const studentListItem = z.object({
  id: z.number().int().describe('Contingent ID'),
  iin: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  grade: z.number().int(),
  letter: z.string(),
  status: z.enum(ENROLMENT_STATUSES),
  studyForm: z.string(),
  fill: fillSchema,
});
export type StudentListItem = z.infer<typeof studentListItem>;

export const studentListSchema = z.object({ items: z.array(studentListItem), total: z.number().int() });

export const enrolmentSchema = z.object({
  id: z.number().int(),
  organizationId: z.number().int(),
  schoolYear: z.number().int().describe('Calendar year the school year starts: 2025 for 2025–2026'),
  grade: z.number().int(),
  letter: z.string(),
  studyForm: z.string(),
  status: z.enum(ENROLMENT_STATUSES),
});

export const studentDetail = z.object({
  id: z.number().int(),
  iin: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  birthDate: z.string(),
  sex: z.enum(['male', 'female']),
  enrolment: enrolmentSchema,
  finalGrade: z.number().int(),
  passport: z.record(z.string(), z.unknown()),
  fill: fillSchema,
  missing: z.array(z.string()).describe('Codes of required indicators without a value, in catalogue order'),
});
export type StudentDetail = z.infer<typeof studentDetail>;

const name = z.string().trim().min(1).max(100);

/** Fields of a student and of the current enrolment that a request may set. */
const studentFields = {
  iin: z.string().trim().max(20),
  lastName: name,
  firstName: name,
  middleName: z.string().trim().max(100).nullable(),
  birthDate: z.string(),
  sex: z.enum(['male', 'female']),
  grade: z.number().int().min(0).max(13),
  letter: z.string().trim().min(1).max(2),
  studyForm: z.string().min(1).max(64),
};

export const createStudentBody = z.object({
  iin: studentFields.iin,
  lastName: studentFields.lastName,
  firstName: studentFields.firstName,
  middleName: studentFields.middleName.optional(),
  grade: studentFields.grade,
  letter: studentFields.letter,
  studyForm: studentFields.studyForm.default('full_time'),
});
export type CreateStudentBody = z.infer<typeof createStudentBody>;

export const updateStudentBody = z
  .object({
    iin: studentFields.iin.optional(),
    lastName: studentFields.lastName.optional(),
    firstName: studentFields.firstName.optional(),
    middleName: studentFields.middleName.optional(),
    birthDate: studentFields.birthDate.optional(),
    sex: studentFields.sex.optional(),
    grade: studentFields.grade.optional(),
    letter: studentFields.letter.optional(),
    studyForm: studentFields.studyForm.optional(),
    passport: z.record(z.string().max(64), z.unknown()).optional().describe('Indicator code → value; null clears it'),
  })
  .strict();
export type UpdateStudentBody = z.infer<typeof updateStudentBody>;
