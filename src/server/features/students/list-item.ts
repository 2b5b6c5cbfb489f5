import type { students } from '../../../db/schema.js';
import { computeFill } from '../../../domain/passport/fill.js';
import type { EnrolmentRow } from './load-student.js';
import type { StudentListItem } from './schemas.js';

export type StudentRow = typeof students.$inferSelect;

/** The columns a list row shows, so that a list may select only these. */
export type ListedStudent = Pick<StudentRow, 'id' | 'iin' | 'lastName' | 'firstName' | 'middleName'>;
export type ListedEnrolment = Pick<EnrolmentRow, 'grade' | 'letter' | 'status' | 'studyForm'>;

/** Build a row of a student list, with the passport's fill statistics for the enrolment's grade. */
export function toStudentListItem(student: ListedStudent, enrolment: ListedEnrolment, passport: Record<string, unknown>, finalGrade: number): StudentListItem {
  const fill = computeFill(passport, { grade: enrolment.grade, finalGrade });

  return {
    id: student.id,
    iin: student.iin,
    lastName: student.lastName,
    firstName: student.firstName,
    middleName: student.middleName,
    grade: enrolment.grade,
    letter: enrolment.letter,
    status: enrolment.status,
    studyForm: enrolment.studyForm,
    fill: { filled: fill.filled, required: fill.required },
  };
}
