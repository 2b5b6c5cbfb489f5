import { DICTIONARY_FLAGS } from '../dictionaries.js';
import { fieldError, type FieldError } from '../errors.js';
import { isGraduatingGrade, type FinalGrade } from '../grades.js';
import { schoolYearOf } from '../school-year.js';
import { checkDocumentKind } from './altyn-belgi.js';
import { checkCountry } from './country.js';
import { checkDepartureDate, checkOrderDate } from './departure-date.js';
import { checkGraduationReadiness } from './eligibility.js';
import { appliesToGrade, findActiveEntry, hasFlag, type RuleEntry } from './rule-entry.js';

/** The fields of a graduation request that apply to every selected student. */
export interface GraduationRequest {
  documentKind: string;
  departureDate: string;
  orderDate: string;
  destination: string;
  country?: string | null;
}

/** A selected student as the request names them and as the database has them. */
export interface GraduationCandidate {
  studentId: number;
  /** Position of the student in the request's `studentIds`. */
  index: number;
  /** The enrolment status: active, graduated, departed, pending_departure or pending_arrival. */
  status: string;
  /** The enrolment's school year; one past the year being closed means the student was already moved up. */
  schoolYear: number;
  grade: number;
  studyForm: string;
  passport: Record<string, unknown>;
}

export interface GraduationRules {
  /** Today in Asia/Almaty, 'YYYY-MM-DD'. */
  today: string;
  finalGrade: FinalGrade;
  documentKinds: readonly RuleEntry[];
  destinations: readonly RuleEntry[];
  studyForms: readonly RuleEntry[];
}

export type GraduationValidation = { ok: true; country: string | null } | { ok: false; errors: FieldError[] };

/**
 * Checks a graduation request as a whole and returns every problem at once.
 * Problems of a request field carry that field (`orderDate`, `country`).
 * Problems of one student carry `studentIds.<index>` (status, grade,
 * readiness) or `students.<studentId>.<field>` (a request field that does not
 * suit that student), and `params.studentId`. A student who cannot graduate
 * at all (not active, a grade that does not graduate) gets only that error.
 */
export function validateGraduationRequest(
  request: GraduationRequest,
  candidates: readonly GraduationCandidate[],
  rules: GraduationRules,
): GraduationValidation {
  const errors: FieldError[] = [];

  const documentKind = findActiveEntry(rules.documentKinds, request.documentKind);
  if (!documentKind) errors.push(fieldError('documentKind', 'graduation.document_kind_unknown'));

  const destination = findActiveEntry(rules.destinations, request.destination);
  if (!destination) errors.push(fieldError('destination', 'graduation.destination_unknown'));

  const orderDateProblem = checkOrderDate(request.orderDate, rules.today);
  if (orderDateProblem) errors.push(fieldError('orderDate', orderDateProblem.code, orderDateProblem.params));

  const country = destination ? checkCountry(destination, request.country) : { ok: true as const, country: null };
  if (!country.ok) errors.push(fieldError('country', country.code));

  for (const candidate of candidates) {
    errors.push(...studentErrors(request, candidate, rules, documentKind, destination));
  }

  if (!country.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, country: country.country };
}

function studentErrors(
  request: GraduationRequest,
  candidate: GraduationCandidate,
  rules: GraduationRules,
  documentKind: RuleEntry | undefined,
  destination: RuleEntry | undefined,
): FieldError[] {
  const { studentId, index, grade } = candidate;
  const studentField = `studentIds.${index}`;
  const requestField = (field: string) => `students.${studentId}.${field}`;

  if (candidate.status === 'graduated') {
    return [fieldError(studentField, 'graduation.already_graduated', { studentId })];
  }

  if (candidate.status !== 'active') {
    return [fieldError(studentField, 'graduation.not_active', { studentId, status: candidate.status })];
  }

  if (candidate.schoolYear > schoolYearOf(rules.today)) {
    return [fieldError(studentField, 'graduation.next_school_year', { studentId, grade })];
  }

  if (!isGraduatingGrade(grade, rules.finalGrade)) {
    return [fieldError(studentField, 'graduation.grade_not_final', { studentId, grade })];
  }

  const errors: FieldError[] = [];

  const readiness = checkGraduationReadiness(candidate.passport, { grade, finalGrade: rules.finalGrade });
  if (!readiness.ready) errors.push(fieldError(studentField, 'graduation.not_ready', { studentId, missing: readiness.missing.join(',') }));

  const documentKindProblem = documentKind && checkDocumentKind(documentKind, { grade, finalGrade: rules.finalGrade, passport: candidate.passport });
  if (documentKindProblem) errors.push(fieldError(requestField('documentKind'), documentKindProblem, { studentId }));

  if (destination && !appliesToGrade(destination, grade)) {
    errors.push(fieldError(requestField('destination'), 'graduation.destination_grade', { studentId, grade }));
  }

  const studyForm = rules.studyForms.find((entry) => entry.code === candidate.studyForm);
  const externalStudy = studyForm !== undefined && hasFlag(studyForm, DICTIONARY_FLAGS.externalStudy);
  const departureProblem = checkDepartureDate(request.departureDate, rules.today, externalStudy);
  if (departureProblem) errors.push(fieldError(requestField('departureDate'), departureProblem.code, { studentId, ...departureProblem.params }));

  return errors;
}
