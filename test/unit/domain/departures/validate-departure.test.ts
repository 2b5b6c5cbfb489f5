import { describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARIES } from '../../../../src/domain/dictionaries.js';
import { validateDeparture, type DepartureRequest } from '../../../../src/domain/departures/validate-departure.js';

const reasons = DEFAULT_DICTIONARIES.departureReasons;
const rules = { today: '2026-03-02', schoolYear: 2025, organizationId: 601, reasons };

const toSchool: DepartureRequest = {
  reason: 'to_school_in_kazakhstan',
  departureDate: '2026-02-27',
  orderDate: '2026-02-26',
  orderNumber: ' 12-ө ',
  receivingOrganizationId: 602,
};

describe('validateDeparture', () => {
  it('returns the record of a move to another school', () => {
    expect(validateDeparture(toSchool, rules)).toEqual({
      ok: true,
      toSchool: true,
      record: {
        reason: 'to_school_in_kazakhstan',
        departureDate: '2026-02-27',
        orderDate: '2026-02-26',
        orderNumber: '12-ө',
        country: null,
        receivingOrganizationId: 602,
      },
    });
  });

  it('requires the receiving school for a move', () => {
    const result = validateDeparture({ ...toSchool, receivingOrganizationId: null }, rules);

    expect(result).toEqual({ ok: false, errors: [{ field: 'receivingOrganizationId', code: 'departure.receiving_school_required' }] });
  });

  it('rejects the sending school as the receiver', () => {
    const result = validateDeparture({ ...toSchool, receivingOrganizationId: 601 }, rules);

    expect(result).toEqual({ ok: false, errors: [{ field: 'receivingOrganizationId', code: 'departure.receiving_school_same' }] });
  });

  it('drops the receiving school of another reason', () => {
    const result = validateDeparture({ ...toSchool, reason: 'health' }, rules);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.receivingOrganizationId).toBeNull();
    expect(result.toSchool).toBe(false);
  });

  it('requires a country other than Kazakhstan for a departure abroad', () => {
    const abroad = { ...toSchool, reason: 'left_country', receivingOrganizationId: null };

    expect(validateDeparture(abroad, rules)).toEqual({ ok: false, errors: [{ field: 'country', code: 'departure.country_required' }] });
    expect(validateDeparture({ ...abroad, country: 'KZ' }, rules)).toEqual({ ok: false, errors: [{ field: 'country', code: 'departure.country_is_kazakhstan' }] });
    expect(validateDeparture({ ...abroad, country: 'XX' }, rules)).toEqual({ ok: false, errors: [{ field: 'country', code: 'departure.country_unknown' }] });

    const result = validateDeparture({ ...abroad, country: 'de' }, rules);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.record.country).toBe('DE');
  });

  it('tests the flag, not the code, of a reason', () => {
    const renamed = reasons.map((entry) => (entry.code === 'to_school_in_kazakhstan' ? { ...entry, code: 'transfer_kz' } : entry));

    const result = validateDeparture({ ...toSchool, reason: 'transfer_kz', receivingOrganizationId: null }, { ...rules, reasons: renamed });

    expect(result).toEqual({ ok: false, errors: [{ field: 'receivingOrganizationId', code: 'departure.receiving_school_required' }] });
  });

  it('rejects an unknown or inactive reason', () => {
    const inactive = reasons.map((entry) => (entry.code === 'health' ? { ...entry, active: false } : entry));

    expect(validateDeparture({ ...toSchool, reason: 'moved_to_mars' }, rules)).toEqual({ ok: false, errors: [{ field: 'reason', code: 'departure.reason_unknown' }] });
    expect(validateDeparture({ ...toSchool, reason: 'health' }, { ...rules, reasons: inactive })).toEqual({
      ok: false,
      errors: [{ field: 'reason', code: 'departure.reason_unknown' }],
    });
  });

  it.each([
    ['a departure after today', { departureDate: '2026-03-03' }, 'departureDate', 'departure.departure_date_in_future', { today: '2026-03-02' }],
    ['a departure before the school year', { departureDate: '2025-08-31' }, 'departureDate', 'departure.departure_date_before_school_year', { from: '2025-09-01' }],
    ['an order after today', { orderDate: '2026-03-03' }, 'orderDate', 'order.date_in_future', { today: '2026-03-02' }],
    ['an order before the school year', { orderDate: '2025-08-31' }, 'orderDate', 'order.date_before_school_year', { from: '2025-09-01' }],
  ])('rejects %s', (_case, change, field, code, params) => {
    expect(validateDeparture({ ...toSchool, ...change }, rules)).toEqual({ ok: false, errors: [{ field, code, params }] });
  });

  it('accepts a departure on today and on the first lesson day', () => {
    expect(validateDeparture({ ...toSchool, departureDate: '2026-03-02', orderDate: '2025-09-01' }, rules).ok).toBe(true);
  });

  it('reports every problem at once', () => {
    const result = validateDeparture({ ...toSchool, reason: 'nope', departureDate: '2027-01-01', orderDate: '2027-01-01' }, rules);

    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['reason', 'departureDate', 'orderDate']);
  });
});
