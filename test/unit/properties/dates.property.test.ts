import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { almatyDate } from '../../../src/domain/clock.js';
import { addDays, formatIsoDate, parseIsoDate } from '../../../src/domain/dates.js';
import { closingJune, isInClosingJune, schoolYearOf } from '../../../src/domain/school-year.js';

const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) =>
  formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }),
);

describe('date properties', () => {
  it('undoes adding days by subtracting them', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(addDays(addDays(date, days), -days)).toBe(date);
      }),
    );
  });

  it('moves dates in the direction of the day count', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 5000 }), (date, days) => {
        expect(addDays(date, days) > date).toBe(true);
        expect(addDays(date, -days) < date).toBe(true);
      }),
    );
  });

  it('formats every real date so it parses back', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(formatIsoDate(parseIsoDate(date)!)).toBe(date);
      }),
    );
  });

  it('puts every date into the school year whose closing June follows it', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const year = schoolYearOf(date);
        expect(date >= `${year}-07-01`).toBe(true);
        expect(date <= closingJune(year).to).toBe(true);
        expect(isInClosingJune(date, year)).toBe(date >= closingJune(year).from);
      }),
    );
  });

  it('gives Almaty a date no earlier than UTC and at most a day later', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true }), (instant) => {
        const utc = instant.toISOString().slice(0, 10);
        expect([utc, addDays(utc, 1)]).toContain(almatyDate(instant));
      }),
    );
  });
});
