import type { GraduationRecord } from '../../db/schema.js';
import { fieldError, type FieldError } from '../errors.js';
import { BASIC_GRADUATION_GRADE } from '../grades.js';
import { normalizeClassLetter, type KazakhLetter } from '../kazakh-order.js';
import { graduationYearOf } from '../school-year.js';

/** A student named in an admission request, as the database has them. */
export interface AdmissionCandidate {
  studentId: number;
  /** Position of the student in the request's `studentIds`. */
  index: number;
  status: string;
  schoolYear: number;
  grade: number;
  graduation: GraduationRecord | null;
}

export interface AdmissionRules {
  /** The school year being closed: 2025 for 2025–2026. */
  closingSchoolYear: number;
  /** Destination codes whose entry has the continues_at_school flag. */
  continuingDestinations: ReadonlySet<string>;
}

/** Why a student cannot be admitted; the client shows a sentence for each. */
export type NotEligibleReason = 'not_graduated' | 'not_basic_grade' | 'destination' | 'graduation_year';

/**
 * Tells why a graduate of this school cannot be admitted into the next grade
 * now, or returns null when they can: a grade-9 graduation of the school year
 * being closed whose destination means "continues at this school".
 * NOTE: basic education ends in grade 9 in every school here; a school whose
 * basic grade is 10 or 11 would need that grade stored with the school.
 */
export function admissionProblem(candidate: Omit<AdmissionCandidate, 'studentId' | 'index' | 'schoolYear'>, rules: AdmissionRules): NotEligibleReason | null {
  const { graduation } = candidate;
  if (candidate.status !== 'graduated' || graduation === null) return 'not_graduated';
  if (candidate.grade !== BASIC_GRADUATION_GRADE) return 'not_basic_grade';
  if (!rules.continuingDestinations.has(graduation.destination)) return 'destination';
  if (graduation.graduationYear !== graduationYearOf(rules.closingSchoolYear)) return 'graduation_year';

  return null;
}

export type AdmissionValidation = { ok: true; letter: KazakhLetter | null } | { ok: false; errors: FieldError[] };

/**
 * Checks an admission request: the letter of the new class, when given, must be
 * a class letter (a Latin look-alike is read as its Cyrillic letter), and every
 * student must be a graduate who continues at the school. An active student of
 * the next school year who holds a graduation record was admitted already.
 */
export function validateAdmissionRequest(requestLetter: string | null, candidates: readonly AdmissionCandidate[], rules: AdmissionRules): AdmissionValidation {
  const errors: FieldError[] = [];

  const letter = requestLetter === null ? null : normalizeClassLetter(requestLetter);
  if (requestLetter !== null && letter === null) errors.push(fieldError('letter', 'admission.letter_unknown'));

  for (const candidate of candidates) {
    const field = `studentIds.${candidate.index}`;
    const studentId = candidate.studentId;

    if (candidate.status === 'active' && candidate.schoolYear > rules.closingSchoolYear && candidate.graduation !== null) {
      errors.push(fieldError(field, 'admission.already_admitted', { studentId }));
      continue;
    }

    const reason = admissionProblem(candidate, rules);
    if (reason) errors.push(fieldError(field, 'admission.not_eligible', { studentId, reason }));
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, letter };
}
