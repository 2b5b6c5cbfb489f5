import { PASSPORT_INDICATORS } from '../../../domain/passport/catalogue.js';
import type { PassportValue, PassportValues, PersonalFields, StudentDetail, StudentPatch } from './types.js';

/** The passport form's values: the personal fields at the top level, indicator values under `passport`. */
export interface PassportFormValues extends PersonalFields {
  passport: PassportValues;
}

export const PERSONAL_FIELD_NAMES = [
  'iin',
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'sex',
  'grade',
  'letter',
  'studyForm',
] as const satisfies readonly (keyof PersonalFields)[];

export function toFormValues(student: StudentDetail): PassportFormValues {
  const passport: PassportValues = {};
  for (const indicator of PASSPORT_INDICATORS) {
    const stored = (student.passport[indicator.code] as PassportValue | undefined) ?? null;
    // Form.List works on arrays, so a table without rows is [] in the form and null in the API.
    passport[indicator.code] = indicator.type === 'table' && stored === null ? [] : stored;
  }

  return {
    iin: student.iin,
    lastName: student.lastName,
    firstName: student.firstName,
    middleName: student.middleName,
    birthDate: student.birthDate,
    sex: student.sex,
    grade: student.enrolment.grade,
    letter: student.enrolment.letter,
    studyForm: student.enrolment.studyForm,
    passport,
  };
}

function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Drop empty cells and rows that have no cell filled, which the form's "Add row" leaves behind. */
function normalizeRows(rows: unknown[]): Record<string, unknown>[] {
  return rows
    .map((row) => Object.fromEntries(Object.entries((row ?? {}) as Record<string, unknown>).filter(([, cell]) => !isEmptyCell(cell))))
    .filter((row) => Object.keys(row).length > 0);
}

/** The value as the API should store it: blank text and empty tables are no value (null). */
export function normalizeValue(value: unknown): PassportValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;

  if (Array.isArray(value)) {
    const rows = normalizeRows(value);
    return rows.length === 0 ? null : rows;
  }

  return value as PassportValue;
}

/** Tells whether two form values store the same in the API, e.g. '' and null, or a table with and without blank cells. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalizeValue(a)) === JSON.stringify(normalizeValue(b));
}

/** Builds the PATCH body from the fields and indicators whose value differs from `saved`. A cleared indicator becomes null. */
export function buildPatch(saved: PassportFormValues, current: Partial<PassportFormValues>): StudentPatch {
  const patch: Record<string, unknown> = {};

  for (const name of PERSONAL_FIELD_NAMES) {
    if (!(name in current) || sameValue(saved[name], current[name])) continue;

    const value = current[name];
    patch[name] = typeof value === 'string' ? value.trim() : value;
    if (name === 'middleName' && patch[name] === '') patch[name] = null;
  }

  const passport: Record<string, PassportValue> = {};
  for (const [code, value] of Object.entries(current.passport ?? {})) {
    if (!sameValue(saved.passport[code], value)) passport[code] = normalizeValue(value);
  }
  if (Object.keys(passport).length > 0) patch.passport = passport;

  return patch as StudentPatch;
}

function rowCount(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** Tells whether a table on the form equals the saved one, counting rows that have no cell filled yet. */
export function sameTable(current: unknown, saved: unknown): boolean {
  return rowCount(current) === rowCount(saved) && sameValue(current, saved);
}

/**
 * Tells whether the form differs from `saved`: a changed value, or a table row
 * added or deleted. A new row counts even before a cell is filled, although
 * buildPatch leaves it out, so the page does not claim that nothing changed.
 */
export function hasUnsavedChanges(saved: PassportFormValues, current: Partial<PassportFormValues>): boolean {
  if (Object.keys(buildPatch(saved, current)).length > 0) return true;

  const passport = current.passport ?? {};
  return PASSPORT_INDICATORS.some(
    (indicator) => indicator.type === 'table' && indicator.code in passport && !sameTable(passport[indicator.code], saved.passport[indicator.code]),
  );
}

/** Current indicator values with blanks as null, for the live fill statistics. */
export function currentPassportValues(current: Partial<PassportFormValues> | undefined, saved: PassportFormValues): Record<string, unknown> {
  const values = { ...saved.passport, ...(current?.passport ?? {}) };
  return Object.fromEntries(Object.entries(values).map(([code, value]) => [code, normalizeValue(value)]));
}
