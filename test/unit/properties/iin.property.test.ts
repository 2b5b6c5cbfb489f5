import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIinCheckDigit, makeIin, parseIin } from '../../../src/domain/iin.js';
import { formatIsoDate } from '../../../src/domain/dates.js';

const birthDate = fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) =>
  formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }),
);
const sex = fc.constantFrom('male' as const, 'female' as const);
const serial = fc.integer({ min: 0, max: 9999 });

describe('IIN properties', () => {
  it('parses every IIN it builds back to its birth date and sex', () => {
    fc.assert(
      fc.property(birthDate, sex, serial, (date, personSex, number) => {
        const iin = makeIin(date, personSex, number);
        if (iin === null) return;

        expect(parseIin(iin)).toEqual({ ok: true, birthDate: date, sex: personSex });
      }),
    );
  });

  it('rejects every other check digit', () => {
    fc.assert(
      fc.property(birthDate, sex, serial, fc.integer({ min: 1, max: 9 }), (date, personSex, number, shift) => {
        const iin = makeIin(date, personSex, number);
        if (iin === null) return;

        const wrong = iin.slice(0, 11) + String((Number(iin[11]) + shift) % 10);
        expect(parseIin(wrong)).toEqual({ ok: false, reason: 'check_digit' });
      }),
    );
  });

  it('returns a result for any string without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{12}$/), fc.string({ unit: 'binary', maxLength: 14 })), (value) => {
        const result = parseIin(value);
        expect(typeof result.ok).toBe('boolean');
        if (value.length !== 12) expect(result).toEqual({ ok: false, reason: 'length' });
      }),
    );
  });

  it('accepts a 12-digit string exactly when its check digit matches', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{12}$/), (value) => {
        const result = parseIin(value);
        if (result.ok) expect(computeIinCheckDigit(value.slice(0, 11))).toBe(Number(value[11]));
      }),
    );
  });
});
