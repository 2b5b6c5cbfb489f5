import { fieldError, type FieldError } from '../errors.js';
import { checkOptionalOrder, type OrderFields } from './order.js';

export interface StudyFormChangeRequest extends OrderFields {
  studyForm: string;
}

/** A selected student as the request names them and as the database has them. */
export interface StudyFormCandidate {
  studentId: number;
  /** Position of the student in the request's `studentIds`. */
  index: number;
  status: string;
  studyForm: string;
}

export interface StudyFormChangeRules {
  today: string;
  schoolYear: number;
  activeStudyForms: readonly string[];
}

export type StudyFormChangeValidation =
  | { ok: true; orderNumber: string | null; orderDate: string | null; changedIds: number[]; unchangedIds: number[] }
  | { ok: false; errors: FieldError[] };

/**
 * Checks a change of study form for the selected students: an active study
 * form, an order given with both its number and date or not at all, and only
 * students in the contingent. Students who already have the form are left
 * as they are.
 */
export function validateStudyFormChange(
  request: StudyFormChangeRequest,
  candidates: readonly StudyFormCandidate[],
  rules: StudyFormChangeRules,
): StudyFormChangeValidation {
  const errors: FieldError[] = [];

  if (!rules.activeStudyForms.includes(request.studyForm)) errors.push(fieldError('studyForm', 'study_form.unknown'));

  const order = checkOptionalOrder(request, rules.today, rules.schoolYear);
  errors.push(...order.errors);

  for (const candidate of candidates) {
    if (candidate.status !== 'active') {
      errors.push(fieldError(`studentIds.${candidate.index}`, 'study_form.not_active', { studentId: candidate.studentId, status: candidate.status }));
    }
  }

  if (errors.length > 0) return { ok: false, errors };

  const changed = candidates.filter((candidate) => candidate.studyForm !== request.studyForm);
  const unchanged = candidates.filter((candidate) => candidate.studyForm === request.studyForm);

  return {
    ok: true,
    orderNumber: order.orderNumber,
    orderDate: order.orderDate,
    changedIds: changed.map((candidate) => candidate.studentId),
    unchangedIds: unchanged.map((candidate) => candidate.studentId),
  };
}
