import { PASSPORT_INDICATORS, indicatorByCode } from './catalogue.js';
import type { Indicator, RequiredRule } from './types.js';

/** The student's grade and the school's final grade, on which the required indicators depend. */
export interface PassportContext {
  grade: number;
  /** The school's final grade: 11, 12 or 13. */
  finalGrade: number;
}

export interface FillStatistics {
  filled: number;
  required: number;
  /** Codes of the required indicators that have no value, in catalogue order. */
  missing: string[];
}

/**
 * Tells whether a passport value counts as filled. Null, undefined, blank text
 * and an empty table do not count, but false and 0 do.
 */
export function hasValue(value: unknown): boolean {
  if (value === null || value === undefined) {
    return false;
  }

  if (typeof value === 'string') {
    return value.trim() !== '';
  }

  if (Array.isArray(value)) {
    return value.length > 0;
  }

  return true;
}

function appliesInGrade(rule: RequiredRule, context: PassportContext, depth: number): boolean {
  if (rule.kind === 'grades') {
    return matchesGrades(rule.grades, context);
  }

  if (rule.kind === 'when') {
    const controlling = indicatorByCode(rule.indicator);
    // The depth limit stops a cycle of `when` rules.
    return controlling !== undefined && depth < 10 && appliesInGrade(controlling.required, context, depth + 1);
  }

  return true;
}

function matchesGrades(grades: 'graduating' | 'final' | number[], { grade, finalGrade }: PassportContext): boolean {
  if (grades === 'graduating') {
    return grade === 9 || grade === finalGrade;
  }

  if (grades === 'final') {
    return grade === finalGrade;
  }

  return grades.includes(grade);
}

/**
 * Tells whether `indicator` must be filled for a student of `context.grade`.
 * A `when` rule holds when the named indicator's value equals the rule's value
 * and that indicator is asked in this grade, so a stale "Altyn Belgi
 * candidate" in grade 9 requires nothing.
 */
export function isRequired(indicator: Indicator, values: Record<string, unknown>, context: PassportContext): boolean {
  const rule = indicator.required;

  switch (rule.kind) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'grades':
      return matchesGrades(rule.grades, context);
    case 'when':
      return values[rule.indicator] === rule.equals && appliesInGrade(rule, context, 0);
  }
}

/** Counts the required indicators and those of them that are filled, as in "43/43". */
export function computeFill(values: Record<string, unknown>, context: PassportContext): FillStatistics {
  let required = 0;
  const missing: string[] = [];

  for (const indicator of PASSPORT_INDICATORS) {
    if (!isRequired(indicator, values, context)) {
      continue;
    }

    required += 1;
    if (!hasValue(values[indicator.code])) {
      missing.push(indicator.code);
    }
  }

  return { filled: required - missing.length, required, missing };
}

export function isPassportComplete(values: Record<string, unknown>, context: PassportContext): boolean {
  return computeFill(values, context).missing.length === 0;
}
