import { fieldError, type FieldError } from '../errors.js';
import { isGraduatingGrade, nextGrade } from '../grades.js';
import { computeFill } from '../passport/fill.js';

/** A student named in a transfer request, as the database has them. */
export interface TransferCandidate {
  studentId: number;
  /** Position of the student in the request's `studentIds`. */
  index: number;
  status: string;
  schoolYear: number;
  grade: number;
  passport: Record<string, unknown>;
}

export interface TransferRules {
  /** The school year being closed: 2025 for 2025–2026. */
  closingSchoolYear: number;
  /** The school's final grade: 11, 12 or 13. */
  finalGrade: number;
}

/**
 * Tells whether the students of `grade` move up at the end of the year. Grade 9
 * and the final grade graduate instead, and no grade follows the final one.
 */
export function isTransferGrade(grade: number, finalGrade: number): boolean {
  return !isGraduatingGrade(grade, finalGrade) && grade < finalGrade && nextGrade(grade) !== null;
}

/**
 * Lists the required indicators the student still has to fill before the
 * transfer, in catalogue order. An empty list means the student is ready.
 */
export function missingForTransfer(passport: Record<string, unknown>, grade: number, finalGrade: number): string[] {
  return computeFill(passport, { grade, finalGrade }).missing;
}

/**
 * Checks every student of a transfer request and returns every problem, one per
 * student at most, under `studentIds.<index>` with `params.studentId`. A
 * student moves up once per school year: an enrolment already in the next
 * school year has been transferred.
 */
export function validateTransferRequest(candidates: readonly TransferCandidate[], rules: TransferRules): FieldError[] {
  return candidates.flatMap((candidate) => {
    const problem = transferProblem(candidate, rules);
    return problem ? [problem] : [];
  });
}

function transferProblem(candidate: TransferCandidate, rules: TransferRules): FieldError | null {
  const { studentId, index, grade } = candidate;
  const field = `studentIds.${index}`;

  if (candidate.status !== 'active') return fieldError(field, 'transfer.not_active', { studentId, status: candidate.status });
  if (candidate.schoolYear > rules.closingSchoolYear) return fieldError(field, 'transfer.already_transferred', { studentId });
  if (!isTransferGrade(grade, rules.finalGrade)) return fieldError(field, 'transfer.grade_is_graduating', { studentId, grade });

  const missing = missingForTransfer(candidate.passport, grade, rules.finalGrade);
  if (missing.length > 0) return fieldError(field, 'transfer.not_ready', { studentId, missing: missing.join(',') });

  return null;
}
