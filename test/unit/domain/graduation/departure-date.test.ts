import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../src/domain/clock.js';
import { checkDepartureDate, checkOrderDate, departureWindow } from '../../../../src/domain/graduation/departure-date.js';

const today = fixedClock('2026-06-15T10:00:00+05:00').today();
const june2026 = { from: '2026-06-01', to: '2026-06-30' };

describe('checkDepartureDate', () => {
  it.each(['2026-06-01', '2026-06-15', '2026-06-30'])('accepts %s', (date) => {
    expect(checkDepartureDate(date, today, false)).toBeNull();
  });

  it.each(['2026-05-31', '2026-07-01', '2025-06-15'])('rejects %s with the June range', (date) => {
    expect(checkDepartureDate(date, today, false)).toEqual({ code: 'graduation.departure_date_not_in_june', params: june2026 });
  });

  it.each(['2026-05-15', '2026-07-01', '2026-06-15'])('accepts %s for external study', (date) => {
    expect(checkDepartureDate(date, today, true)).toBeNull();
  });

  it('uses June of the school year that is closing in May', () => {
    expect(checkDepartureDate('2026-06-10', '2026-05-20', false)).toBeNull();
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

  it('accepts a past date', () => {
    expect(checkOrderDate('2026-05-25', today)).toBeNull();
  });

  it('rejects tomorrow', () => {
    expect(checkOrderDate('2026-06-16', today)).toEqual({ code: 'graduation.order_date_in_future', params: { today: '2026-06-15' } });
  });

  it('counts today in Almaty, not in UTC', () => {
    // 2026-06-15T20:00Z is already 16 June in Almaty (UTC+5).
    const almatyToday = fixedClock('2026-06-15T20:00:00Z').today();

    expect(checkOrderDate('2026-06-16', almatyToday)).toBeNull();
  });
});
