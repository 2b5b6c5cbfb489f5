import { describe, expect, it } from 'vitest';
import { isIsoDate, isLeapYear, parseIsoDate } from '../../../src/domain/dates.js';

describe('dates', () => {
  it.each([
    [2000, true],
    [2024, true],
    [1900, false],
    [2026, false],
  ])('tells whether %i is a leap year', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });

  it('parses a real date', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['2023-02-29', '2026-04-31', '2026-00-10', '2026-1-10', '2026-01-10T00:00', ''])(
    'rejects "%s"',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it('rejects values that are not strings', () => {
    expect(isIsoDate(20260101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
