import { describe, expect, it } from 'vitest';
import {
  closingJune,
  firstLessonDay,
  graduationYearOf,
  isInClosingJune,
  lastLessonDay,
  schoolYearLabel,
  schoolYearOf,
} from '../../../src/domain/school-year.js';

describe('schoolYearOf', () => {
  it.each([
    ['2025-07-01', 2025],
    ['2025-09-01', 2025],
    ['2025-12-31', 2025],
    ['2026-01-01', 2025],
    ['2026-05-25', 2025],
    ['2026-06-30', 2025],
    ['2026-06-15', 2025],
    ['2025-06-30', 2024],
  ])('puts %s in school year %i', (date, year) => {
    expect(schoolYearOf(date)).toBe(year);
  });

  it('rejects an invalid date', () => {
    expect(() => schoolYearOf('2026-13-01')).toThrow(RangeError);
  });
});

describe('school year calendar', () => {
  it('labels the year with an en dash', () => {
    expect(schoolYearLabel(2025)).toBe('2025\u20132026');
  });

  it('graduates in the second calendar year', () => {
    expect(graduationYearOf(2025)).toBe(2026);
  });

  it('runs lessons from 1 September to 25 May', () => {
    expect(firstLessonDay(2025)).toBe('2025-09-01');
    expect(lastLessonDay(2025)).toBe('2026-05-25');
  });

  it('closes in June of the second calendar year', () => {
    expect(closingJune(2025)).toEqual({ from: '2026-06-01', to: '2026-06-30' });
  });

  it.each([
    ['2026-06-01', true],
    ['2026-06-30', true],
    ['2026-05-31', false],
    ['2026-07-01', false],
    ['2025-06-15', false],
  ])('tells whether %s is in the closing June of 2025', (date, expected) => {
    expect(isInClosingJune(date, 2025)).toBe(expected);
  });
});
