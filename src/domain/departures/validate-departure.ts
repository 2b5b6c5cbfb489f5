import { DICTIONARY_FLAGS } from '../dictionaries.js';
import { fieldError, type FieldError } from '../errors.js';
import { checkCountry } from '../graduation/country.js';
import { findActiveEntry, hasFlag, type RuleEntry } from '../graduation/rule-entry.js';
import { firstLessonDay } from '../school-year.js';
import { checkOrderDate } from './order.js';

/** The record a departure stores on the enrolment and in its movement; the database schema has the same shape. */
export interface DepartureRecord {
  reason: string;
  departureDate: string;
  orderDate: string;
  orderNumber: string;
  country: string | null;
  receivingOrganizationId: number | null;
}

/** The fields of a "Process departure" request. */
export interface DepartureRequest {
  reason: string;
  departureDate: string;
  orderDate: string;
  orderNumber: string;
  country?: string | null;
  receivingOrganizationId?: number | null;
}

export interface DepartureRules {
  /** Today in Asia/Almaty, 'YYYY-MM-DD'. */
  today: string;
  /** The school year of the student's enrolment: a departure cannot be dated before it started. */
  schoolYear: number;
  /** The sending school, which cannot receive its own student. */
  organizationId: number;
  reasons: readonly RuleEntry[];
}

export type DepartureValidation =
  | { ok: true; record: DepartureRecord; toSchool: boolean }
  | { ok: false; errors: FieldError[] };

const COUNTRY_CODES = {
  'graduation.country_required': 'departure.country_required',
  'graduation.country_unknown': 'departure.country_unknown',
  'graduation.country_is_kazakhstan': 'departure.country_is_kazakhstan',
} as const;

/**
 * Checks a departure request and returns every problem at once, or the record
 * to store. A reason flagged `to_school_in_kazakhstan` needs a receiving school
 * other than the sending one, and a reason flagged `requires_country` needs a
 * country other than Kazakhstan; for any other reason both are stored as null.
 * Whether the receiving school exists is for the caller to check.
 */
export function validateDeparture(request: DepartureRequest, rules: DepartureRules): DepartureValidation {
  const errors: FieldError[] = [];

  const reason = findActiveEntry(rules.reasons, request.reason);
  if (!reason) errors.push(fieldError('reason', 'departure.reason_unknown'));

  errors.push(...checkDepartureDate(request.departureDate, rules));
  errors.push(...checkOrderDate(request.orderDate, rules.today, rules.schoolYear));

  const country = reason ? checkCountry(reason, request.country) : { ok: true as const, country: null };
  if (!country.ok) errors.push(fieldError('country', COUNTRY_CODES[country.code]));

  const toSchool = reason !== undefined && hasFlag(reason, DICTIONARY_FLAGS.toSchoolInKazakhstan);
  const receivingOrganizationId = toSchool ? (request.receivingOrganizationId ?? null) : null;
  if (toSchool && receivingOrganizationId === null) errors.push(fieldError('receivingOrganizationId', 'departure.receiving_school_required'));
  if (toSchool && receivingOrganizationId === rules.organizationId) errors.push(fieldError('receivingOrganizationId', 'departure.receiving_school_same'));

  if (!country.ok || errors.length > 0) return { ok: false, errors };

  return {
    ok: true,
    toSchool,
    record: {
      reason: request.reason,
      departureDate: request.departureDate,
      orderDate: request.orderDate,
      orderNumber: request.orderNumber.trim(),
      country: country.country,
      receivingOrganizationId,
    },
  };
}

/** A departure has happened by the time it is processed, during the enrolment's school year. */
function checkDepartureDate(departureDate: string, rules: DepartureRules): FieldError[] {
  if (departureDate > rules.today) return [fieldError('departureDate', 'departure.departure_date_in_future', { today: rules.today })];

  const from = firstLessonDay(rules.schoolYear);
  if (departureDate < from) return [fieldError('departureDate', 'departure.departure_date_before_school_year', { from })];

  return [];
}
