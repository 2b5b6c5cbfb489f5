import { requireIsoDate } from './dates.js';

/*
 * A school year is named by the calendar year it starts in: 2025 is
 * "2025–2026". Lessons run from 1 September to 25 May, exams and graduation
 * follow in late May and June, and the year closes in June of its second
 * calendar year.
 */

/**
 * Returns the school year that a date belongs to. Dates from 1 July to
 * 31 December belong to the year that starts in their calendar year, and dates
 * from 1 January to 30 June to the year before, so June 2026 is in 2025.
 */
export function schoolYearOf(date: string): number {
  const { year, month } = requireIsoDate(date);
  return month >= 7 ? year : year - 1;
}

/** Returns the label "2025–2026" (with an en dash) of school year 2025. */
export function schoolYearLabel(year: number): string {
  return `${year}\u2013${year + 1}`;
}

export function graduationYearOf(schoolYear: number): number {
  return schoolYear + 1;
}

export function firstLessonDay(schoolYear: number): string {
  return `${schoolYear}-09-01`;
}

export function lastLessonDay(schoolYear: number): string {
  return `${schoolYear + 1}-05-25`;
}

/** Returns 1-30 June of the second calendar year, the month in which the school year closes. */
export function closingJune(schoolYear: number): { from: string; to: string } {
  return { from: `${schoolYear + 1}-06-01`, to: `${schoolYear + 1}-06-30` };
}

export function isInClosingJune(date: string, schoolYear: number): boolean {
  requireIsoDate(date);

  const { from, to } = closingJune(schoolYear);
  return date >= from && date <= to;
}
