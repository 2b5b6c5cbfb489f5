import { fieldError, type FieldError } from '../errors.js';
import { checkPlacement } from '../student-identity.js';
import { checkOrderDate } from './order.js';

/** The receiving school's choices when it accepts a student, and its order. */
export interface AcceptanceRequest {
  grade: number;
  letter: string;
  studyForm: string;
  orderNumber: string;
  orderDate: string;
}

export interface AcceptanceRules {
  today: string;
  /** The school year the accepted enrolment belongs to. */
  schoolYear: number;
  /** The receiving school's last grade: it cannot place a student above it. */
  finalGrade: number;
  activeStudyForms: readonly string[];
}

/** Checks the grade, letter, study form and order of an acceptance and returns every problem at once. */
export function validateAcceptance(request: AcceptanceRequest, rules: AcceptanceRules): FieldError[] {
  const errors = checkPlacement({ grade: request.grade, letter: request.letter, studyForm: request.studyForm }, rules.activeStudyForms);

  if (!errors.some((error) => error.field === 'grade') && request.grade > rules.finalGrade) {
    errors.push(fieldError('grade', 'arrival.grade_above_final', { finalGrade: rules.finalGrade }));
  }

  errors.push(...checkOrderDate(request.orderDate, rules.today, rules.schoolYear));
  return errors;
}
