import type { FillStatistics } from '../../../domain/passport/fill.js';
import { hasValue } from '../../../domain/passport/fill.js';
import type { PassportFormValues } from './formValues.js';

/** The student's own fields that a save always needs, in form order; the patronymic may stay empty. */
export const REQUIRED_PERSONAL_FIELDS = ['iin', 'lastName', 'firstName', 'birthDate', 'sex', 'grade', 'letter', 'studyForm'] as const;

export type RequiredPersonalField = (typeof REQUIRED_PERSONAL_FIELDS)[number];

export function isRequiredPersonalField(code: string): code is RequiredPersonalField {
  return (REQUIRED_PERSONAL_FIELDS as readonly string[]).includes(code);
}

/**
 * Returns the codes that the "missing" panel lists, from the form's current
 * values: the empty personal fields first, then the required indicators that
 * `fill` (computeFill on the same values) found empty. A field the form has not
 * reported yet counts with its saved value.
 */
export function missingFields(current: Partial<PassportFormValues> | undefined, saved: PassportFormValues, fill: FillStatistics): string[] {
  const values: Partial<PassportFormValues> = { ...saved, ...current };
  const personal = REQUIRED_PERSONAL_FIELDS.filter((name) => !hasValue(values[name]));

  return [...personal, ...fill.missing];
}
