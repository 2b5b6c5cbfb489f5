import { PASSPORT_INDICATORS, indicatorByCode } from './catalogue.js';
import type { RequiredRule } from './types.js';

/** The grades in which an indicator is asked: every grade, grade 9 and the final grade, the final grade, or a list. */
export type GradeScope = 'all' | 'graduating' | 'final' | readonly number[];

/**
 * When one indicator must be filled, in a form that a set-based query can
 * test: in the grades of `grades`, and, when `when` is set, only while
 * another indicator has the value `equals`.
 */
export interface Requirement {
  code: string;
  grades: GradeScope;
  when?: { indicator: string; equals: unknown };
}

// The same cycle limit as the `when` rules of isRequired in fill.ts.
const MAX_WHEN_DEPTH = 10;

/**
 * List the requirement of every indicator that can be required, in catalogue
 * order. It states isRequired (fill.ts) as data, and a unit test checks that
 * both agree on every grade.
 */
export function passportRequirements(): Requirement[] {
  const requirements: Requirement[] = [];

  for (const indicator of PASSPORT_INDICATORS) {
    const rule = indicator.required;
    if (rule.kind === 'never') continue;

    if (rule.kind === 'when') {
      const grades = gradesWhereAsked(indicatorByCode(rule.indicator)?.required, 0);
      if (grades !== null) requirements.push({ code: indicator.code, grades, when: { indicator: rule.indicator, equals: rule.equals } });
      continue;
    }

    requirements.push({ code: indicator.code, grades: rule.kind === 'grades' ? rule.grades : 'all' });
  }

  return requirements;
}

/** The grades in which an indicator with this rule is asked, following `when` rules to the indicator they name; null for none. */
function gradesWhereAsked(rule: RequiredRule | undefined, depth: number): GradeScope | null {
  if (rule === undefined) return null;
  if (rule.kind === 'grades') return rule.grades;
  if (rule.kind === 'when') return depth + 1 < MAX_WHEN_DEPTH ? gradesWhereAsked(indicatorByCode(rule.indicator)?.required, depth + 1) : null;

  return 'all';
}
