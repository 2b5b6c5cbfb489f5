import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../src/domain/clock.js';
import { checkDepartureDate, checkOrderDate, departureWindow } from '../../../../src/domain/graduation/departure-date.js';

// The last day of June, so that every June date is already in the past.
const endOfJune = fixedClock('2026-06-30T18:00:00+05:00').today();
const today = fixedClock('2026-06-15T10:00:00+05:00').today();
const june2026 = { from: '2026-06-01', to: '2026-06-30' };

describe('checkDepartureDate', () => {
  it.each(['2026-06-01', '2026-06-15', '2026-06-30'])('accepts %s', (date) => {
    expect(checkDepartureDate(date, endOfJune, false)).toBeNull();
  });

  it.each(['2026-05-31', '2026-07-01', '2025-06-15'])('rejects %s with the June range', (date) => {
    expect(checkDepartureDate(date, endOfJune, false)).toEqual({ code: 'graduation.departure_date_not_in_june', params: june2026 });
  });

  it.each(['2026-05-15', '2026-06-15', '2025-12-20'])('accepts %s for external study', (date) => {
    expect(checkDepartureDate(date, endOfJune, true)).toBeNull();
  });

  it('rejects a June date after today', () => {
    expect(checkDepartureDate('2026-06-16', today, false)).toEqual({ code: 'graduation.departure_date_in_future', params: { today: '2026-06-15' } });
  });

  it('rejects a future date for external study', () => {
    expect(checkDepartureDate('2026-07-01', endOfJune, true)).toEqual({ code: 'graduation.departure_date_in_future', params: { today: '2026-06-30' } });
  });

  it('rejects June while the school year is still in May', () => {
    expect(checkDepartureDate('2026-06-10', '2026-05-20', false)).toEqual({ code: 'graduation.departure_date_in_future', params: { today: '2026-05-20' } });
  });

  it('rejects graduation out of season, in December', () => {
    expect(checkDepartureDate('2027-06-10', '2026-12-05', false)).toEqual({ code: 'graduation.departure_date_in_future', params: { today: '2026-12-05' } });
    expect(checkDepartureDate('2026-06-10', '2026-12-05', false)).toEqual({ code: 'graduation.departure_date_not_in_june', params: { from: '2027-06-01', to: '2027-06-30' } });
  });
});

describe('departureWindow', () => {
  it('is June 2026 from January to June 2026', () => {
    expect(departureWindow('2026-01-10')).toEqual(june2026);
    expect(departureWindow('2026-06-30')).toEqual(june2026);
  });

  it('moves to June 2027 on 1 July 2026, when school year 2026-2027 opens', () => {
    expect(departureWindow('2026-07-01')).toEqual({ from: '2027-06-01', to: '2027-06-30' });
  });
});

describe('checkOrderDate', () => {
  it('accepts today', () => {
    expect(checkOrderDate('2026-06-15', today)).toBeNull();
  });

  it('accepts a past date of the school year', () => {
    expect(checkOrderDate('2026-05-25', today)).toBeNull();
    expect(checkOrderDate('2025-09-01', today)).toBeNull();
  });

  it('rejects tomorrow', () => {
    expect(checkOrderDate('2026-06-16', today)).toEqual({ code: 'graduation.order_date_in_future', params: { today: '2026-06-15' } });
  });

  it('rejects a date before the school year being closed', () => {
    expect(checkOrderDate('2025-08-31', today)).toEqual({ code: 'graduation.order_date_before_school_year', params: { from: '2025-09-01' } });
    expect(checkOrderDate('2020-01-01', today)).toEqual({ code: 'graduation.order_date_before_school_year', params: { from: '2025-09-01' } });
  });

  it('counts today in Almaty, not in UTC', () => {
    // 2026-06-15T20:00Z is already 16 June in Almaty (UTC+5).
    const almatyToday = fixedClock('2026-06-15T20:00:00Z').today();

    expect(checkOrderDate('2026-06-16', almatyToday)).toBeNull();
  });
});
