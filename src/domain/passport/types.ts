import type { DictionaryName } from '../dictionaries.js';
import type { Labels } from '../labels.js';

export type SectionCode = 'personal' | 'social' | 'disability' | 'graduation' | 'destination' | 'exams';

export interface Section {
  code: SectionCode;
  labels: Labels;
}

export type IndicatorType = 'text' | 'number' | 'date' | 'boolean' | 'choice' | 'table';

/**
 * When an indicator must be filled. `grades: 'graduating'` means grade 9 and
 * the school's final grade, `'final'` the final grade only. A `when` rule
 * applies in the grades where the indicator it names is asked at all.
 */
export type RequiredRule =
  | { kind: 'always' }
  | { kind: 'never' }
  | { kind: 'grades'; grades: 'graduating' | 'final' | number[] }
  | { kind: 'when'; indicator: string; equals: unknown };

/** A fixed choice of an indicator that has no dictionary. */
export interface IndicatorOption {
  code: string;
  labels: Labels;
}

/** Value limits shared by indicators and table columns; `pattern` is a RegExp source tested on non-empty text. */
export interface ValueLimits {
  min?: number;
  max?: number;
  integer?: boolean;
  maxLength?: number;
  pattern?: string;
  /** The shape of a value that matches `pattern`, shown in the invalid-format message. Every pattern has one. */
  formatHint?: Labels;
  /** Set on a date of something that has already happened, such as an issue date: a date after today is rejected. */
  notAfterToday?: boolean;
}

/** A column of a table indicator; each row is an object keyed by column codes. */
export interface IndicatorColumn extends ValueLimits {
  code: string;
  labels: Labels;
  type: Exclude<IndicatorType, 'table'>;
  required: boolean;
  dictionary?: DictionaryName | string;
  options?: IndicatorOption[];
}

export interface Indicator extends ValueLimits {
  code: string;
  section: SectionCode;
  labels: Labels;
  type: IndicatorType;
  /** The dictionary whose active codes a `choice` takes. */
  dictionary?: DictionaryName | string;
  /** The codes a `choice` takes when it has no dictionary. */
  options?: IndicatorOption[];
  columns?: IndicatorColumn[];
  maxRows?: number;
  required: RequiredRule;
}

/** An indicator as a section file lists it; the catalogue adds the section. */
export type SectionIndicator = Omit<Indicator, 'section'>;

export const ALWAYS: RequiredRule = { kind: 'always' };
export const NEVER: RequiredRule = { kind: 'never' };
export const IN_GRADUATING_GRADES: RequiredRule = { kind: 'grades', grades: 'graduating' };
export const IN_FINAL_GRADE: RequiredRule = { kind: 'grades', grades: 'final' };

export function requiredWhen(indicator: string, equals: unknown): RequiredRule {
  return { kind: 'when', indicator, equals };
}
