import type { FieldError } from './errors.js';
import { isValidGrade } from './grades.js';
import { parseIin } from './iin.js';
import { isClassLetter } from './kazakh-order.js';

export interface StudentIdentity {
  iin: string;
  /** YYYY-MM-DD; taken from the IIN when absent. */
  birthDate?: string;
  sex?: 'male' | 'female';
}

/**
 * Check the IIN, and that the birth date and sex agree with it. Returns the
 * identity completed from the IIN, or the field errors.
 */
export function checkStudentIdentity(identity: StudentIdentity):
  | { ok: true; iin: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; errors: FieldError[] } {
  const parsed = parseIin(identity.iin);
  if (!parsed.ok) {
    return { ok: false, errors: [{ field: 'iin', code: 'student.iin_invalid', params: { reason: parsed.reason } }] };
  }

  const errors: FieldError[] = [];
  if (identity.birthDate !== undefined && identity.birthDate !== parsed.birthDate) {
    errors.push({ field: 'birthDate', code: 'student.birth_date_mismatch', params: { expected: parsed.birthDate } });
  }
  if (identity.sex !== undefined && identity.sex !== parsed.sex) {
    errors.push({ field: 'sex', code: 'student.sex_mismatch', params: { expected: parsed.sex } });
  }
  if (errors.length > 0) return { ok: false, errors };

  return { ok: true, iin: identity.iin, birthDate: parsed.birthDate, sex: parsed.sex };
}

export interface Placement {
  grade?: number;
  letter?: string;
  studyForm?: string;
}

/** Check a grade, a class letter and a study form code against the active study forms. */
export function checkPlacement(placement: Placement, activeStudyForms: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];

  if (placement.grade !== undefined && !isValidGrade(placement.grade)) {
    errors.push({ field: 'grade', code: 'student.grade_invalid', params: { min: 0, max: 13 } });
  }
  if (placement.letter !== undefined && !isClassLetter(placement.letter)) {
    errors.push({ field: 'letter', code: 'student.letter_invalid' });
  }
  if (placement.studyForm !== undefined && !activeStudyForms.includes(placement.studyForm)) {
    errors.push({ field: 'studyForm', code: 'student.study_form_unknown', params: { dictionary: 'studyForms' } });
  }

  return errors;
}
