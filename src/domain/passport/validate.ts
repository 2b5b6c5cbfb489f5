import { fieldError, type FieldError } from '../errors.js';
import { indicatorByCode } from './catalogue.js';
import { checkValue, type ActiveDictionaryCodes, type CheckOptions, type ValueProblem } from './check-value.js';
import { hasValue } from './fill.js';
import type { Indicator } from './types.js';

export type { ActiveDictionaryCodes, CheckOptions } from './check-value.js';

/** Error codes that validatePassportValues returns. */
export const PASSPORT_ERROR_CODES = [
  'passport.unknown_indicator',
  'passport.invalid_type',
  'passport.unknown_code',
  'passport.invalid_date',
  'passport.date_in_future',
  'passport.invalid_format',
  'passport.too_long',
  'passport.out_of_range',
  'passport.invalid_row',
] as const;

/** Maximum number of table rows where an indicator sets no maxRows. */
export const DEFAULT_MAX_TABLE_ROWS = 50;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks each row of a table indicator. A row's problems come back as
 * `invalid_row` with the 1-based `row`, the `column` and the column's own
 * problem code as `reason`: `invalid_type`, `unknown_column`, `missing` and
 * the codes of checkValue.
 */
function checkTable(
  indicator: Indicator,
  value: unknown,
  dictionaries: ActiveDictionaryCodes,
  options: CheckOptions,
): ValueProblem[] {
  if (!Array.isArray(value)) {
    return [{ code: 'invalid_type', params: { expected: 'table' } }];
  }

  const maxRows = indicator.maxRows ?? DEFAULT_MAX_TABLE_ROWS;
  if (value.length > maxRows) {
    return [{ code: 'too_long', params: { max: maxRows } }];
  }

  const columns = indicator.columns ?? [];
  const problems: ValueProblem[] = [];

  value.forEach((row: unknown, index) => {
    const rowNumber = index + 1;

    if (!isPlainObject(row)) {
      problems.push({ code: 'invalid_row', params: { row: rowNumber, reason: 'invalid_type' } });
      return;
    }

    for (const key of Object.keys(row)) {
      if (!columns.some((column) => column.code === key)) {
        problems.push({ code: 'invalid_row', params: { row: rowNumber, column: key, reason: 'unknown_column' } });
      }
    }

    for (const column of columns) {
      const cell = row[column.code];
      if (!hasValue(cell)) {
        if (column.required) {
          problems.push({ code: 'invalid_row', params: { row: rowNumber, column: column.code, reason: 'missing' } });
        }
        continue;
      }

      const problem = checkValue(column, cell, dictionaries, options);
      if (problem) {
        problems.push({
          code: 'invalid_row',
          params: { ...problem.params, row: rowNumber, column: column.code, reason: problem.code },
        });
      }
    }
  });

  return problems;
}

/**
 * Validates changes to a student passport, keyed by indicator code. A null
 * (or undefined) value clears the indicator and is always valid. Returns one
 * FieldError per problem, with the field 'passport.<code>', and an empty
 * list when the changes can be saved. `dictionaries` maps each dictionary that
 * the catalogue names (PASSPORT_DICTIONARIES) to its active codes.
 *
 * Dates must lie from MIN_PASSPORT_DATE to MAX_PASSPORT_DATE (`out_of_range`
 * with `min` and `max`). A `notAfterToday` date after `options.today` is
 * `date_in_future` with `max`; without `today` that comparison is skipped.
 */
export function validatePassportValues(
  changes: Record<string, unknown>,
  dictionaries: ActiveDictionaryCodes,
  options: CheckOptions = {},
): FieldError[] {
  const errors: FieldError[] = [];

  for (const [code, value] of Object.entries(changes)) {
    const field = `passport.${code}`;
    const indicator = indicatorByCode(code);

    if (!indicator) {
      errors.push(fieldError(field, 'passport.unknown_indicator'));
      continue;
    }

    if (value === null || value === undefined) {
      continue;
    }

    const problems =
      indicator.type === 'table'
        ? checkTable(indicator, value, dictionaries, options)
        : [checkValue(indicator, value, dictionaries, options)].filter((problem) => problem !== null);

    for (const problem of problems) {
      errors.push(fieldError(field, `passport.${problem.code}`, problem.params));
    }
  }

  return errors;
}
