import { isIsoDate } from '../dates.js';
import type { IndicatorColumn, Indicator } from './types.js';

/** Active codes of each dictionary, by dictionary name. */
export type ActiveDictionaryCodes = Record<string, string[]>;

/** A problem with one value before it is tied to a field. Its `code` has no 'passport.' prefix. */
export interface ValueProblem {
  code: string;
  params?: Record<string, string | number>;
}

/** Maximum text length where an indicator sets no maxLength. */
export const DEFAULT_MAX_TEXT_LENGTH = 1000;

type ValueDefinition = Pick<Indicator | IndicatorColumn, 'code' | 'type' | 'dictionary' | 'options'> &
  Pick<Indicator, 'min' | 'max' | 'integer' | 'maxLength' | 'pattern'>;

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
): ValueProblem | null {
  switch (definition.type) {
    case 'text':
      return checkText(definition, value);
    case 'number':
      return checkNumber(definition, value);
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'invalid_type', params: { expected: 'boolean' } };
    case 'date':
      if (typeof value !== 'string') {
        return { code: 'invalid_type', params: { expected: 'date' } };
      }
      return isIsoDate(value) ? null : { code: 'invalid_date' };
    case 'choice':
      return checkChoice(definition, value, dictionaries);
    case 'table':
      throw new Error(`checkValue cannot check the table "${definition.code}": check its rows with checkTable`);
  }
}
