import { isIsoDate } from '../dates.js';
import type { IndicatorColumn, Indicator } from './types.js';

/** Active codes of each dictionary, by dictionary name. */
export type ActiveDictionaryCodes = Record<string, string[]>;

/** A problem with one value before it is tied to a field. Its `code` has no 'passport.' prefix. */
export interface ValueProblem {
  code: string;
  params?: Record<string, string | number>;
}

/** Options of a value check. */
export interface CheckOptions {
  /** Today as 'YYYY-MM-DD' in Asia/Almaty. Without it, `notAfterToday` dates are not compared with today. */
  today?: string;
}

/** Maximum text length where an indicator sets no maxLength. */
export const DEFAULT_MAX_TEXT_LENGTH = 1000;

/** The earliest date a passport accepts: an earlier date in a schoolchild's record can only be a typing mistake. */
export const MIN_PASSPORT_DATE = '1900-01-01';

/** The latest date a passport accepts in a date that may lie ahead, such as the end of a disability term. */
export const MAX_PASSPORT_DATE = '2099-12-31';

type ValueDefinition = Pick<Indicator | IndicatorColumn, 'code' | 'type' | 'dictionary' | 'options'> &
  Pick<Indicator, 'min' | 'max' | 'integer' | 'maxLength' | 'pattern' | 'notAfterToday'>;

const patternCache = new Map<string, RegExp>();

function compiledPattern(source: string): RegExp {
  let pattern = patternCache.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'u');
    patternCache.set(source, pattern);
  }

  return pattern;
}

function checkText(definition: ValueDefinition, value: unknown): ValueProblem | null {
  if (typeof value !== 'string') {
    return { code: 'invalid_type', params: { expected: 'text' } };
  }

  const max = definition.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (value.length > max) {
    return { code: 'too_long', params: { max } };
  }

  if (definition.pattern && value !== '' && !compiledPattern(definition.pattern).test(value)) {
    return { code: 'invalid_format' };
  }

  return null;
}

function checkNumber(definition: ValueDefinition, value: unknown): ValueProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { code: 'invalid_type', params: { expected: 'number' } };
  }

  if (definition.integer && !Number.isInteger(value)) {
    return { code: 'invalid_type', params: { expected: 'integer' } };
  }

  const belowMin = definition.min !== undefined && value < definition.min;
  const aboveMax = definition.max !== undefined && value > definition.max;
  if (belowMin || aboveMax) {
    const params: Record<string, number> = {};
    if (definition.min !== undefined) params.min = definition.min;
    if (definition.max !== undefined) params.max = definition.max;
    return { code: 'out_of_range', params };
  }

  return null;
}

/**
 * Checks a date: a real 'YYYY-MM-DD' date from MIN_PASSPORT_DATE on, and no
 * later than today for a `notAfterToday` date or MAX_PASSPORT_DATE otherwise.
 * ISO dates with four-digit years compare correctly as strings.
 */
function checkDate(definition: ValueDefinition, value: unknown, { today }: CheckOptions): ValueProblem | null {
  if (typeof value !== 'string') {
    return { code: 'invalid_type', params: { expected: 'date' } };
  }

  if (!isIsoDate(value)) {
    return { code: 'invalid_date' };
  }

  const limitedByToday = definition.notAfterToday === true && today !== undefined;
  const max = limitedByToday ? today : MAX_PASSPORT_DATE;

  if (value < MIN_PASSPORT_DATE) {
    return { code: 'out_of_range', params: { min: MIN_PASSPORT_DATE, max } };
  }

  if (limitedByToday && value > today) {
    return { code: 'date_in_future', params: { max: today } };
  }

  if (value > MAX_PASSPORT_DATE) {
    return { code: 'out_of_range', params: { min: MIN_PASSPORT_DATE, max: MAX_PASSPORT_DATE } };
  }

  return null;
}

function checkChoice(
  definition: ValueDefinition,
  value: unknown,
  dictionaries: ActiveDictionaryCodes,
): ValueProblem | null {
  if (typeof value !== 'string') {
    return { code: 'invalid_type', params: { expected: 'choice' } };
  }

  if (definition.dictionary) {
    const codes = dictionaries[definition.dictionary];
    if (!codes) {
      throw new Error(
        `Dictionary "${definition.dictionary}" is missing from the active codes passed to validatePassportValues`,
      );
    }

    return codes.includes(value) ? null : { code: 'unknown_code', params: { dictionary: definition.dictionary } };
  }

  const known = (definition.options ?? []).some((option) => option.code === value);
  return known ? null : { code: 'unknown_code', params: { dictionary: definition.code } };
}

/**
 * Checks a non-null value against an indicator or a table column of any type
 * but 'table'. Throws an Error when a choice names a dictionary absent from
 * `dictionaries`, because that is a mistake of the caller, not of the input.
 */
export function checkValue(
  definition: ValueDefinition,
  value: unknown,
  dictionaries: ActiveDictionaryCodes,
  options: CheckOptions = {},
): ValueProblem | null {
  switch (definition.type) {
    case 'text':
      return checkText(definition, value);
    case 'number':
      return checkNumber(definition, value);
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'invalid_type', params: { expected: 'boolean' } };
    case 'date':
      return checkDate(definition, value, options);
    case 'choice':
      return checkChoice(definition, value, dictionaries);
    case 'table':
      throw new Error(`checkValue cannot check the table "${definition.code}": check its rows with checkTable`);
  }
}
