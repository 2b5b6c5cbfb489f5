import { describe, expect, it } from 'vitest';
import { computeIinCheckDigit, makeIin, parseIin } from '../../../src/domain/iin.js';

describe('parseIin', () => {
  it.each([
    ['890412112341', '1889-04-12', 'male'],
    ['751231212349', '1875-12-31', 'female'],
    ['650315312348', '1965-03-15', 'male'],
    ['001130412347', '1900-11-30', 'female'],
    ['100901512342', '2010-09-01', 'male'],
    ['130228612346', '2013-02-28', 'female'],
  ])('accepts %s as born %s, %s', (iin, birthDate, sex) => {
    expect(parseIin(iin)).toEqual({ ok: true, birthDate, sex });
  });

  it.each([
    ['960229112342', '1896-02-29'],
    ['960229312345', '1996-02-29'],
    ['000229500008', '2000-02-29'],
    ['040229612342', '2004-02-29'],
  ])('accepts leap day %s', (iin, birthDate) => {
    expect(parseIin(iin)).toEqual({ ok: true, birthDate, sex: expect.any(String) });
  });

  it.each([
    ['000229100002', '1800 is not a leap year'],
    ['000229300005', '1900 is not a leap year'],
    ['130229600000', '2013 is not a leap year'],
    ['100431500000', 'April has 30 days'],
    ['101301500000', 'month 13'],
    ['100001500000', 'month 00'],
    ['100100500000', 'day 00'],
  ])('rejects birth date of %s (%s)', (iin) => {
    expect(parseIin(iin)).toEqual({ ok: false, reason: 'birth_date' });
  });

  it.each(['', '10090151234', '1009015123421', ' 100901512342', '100901512342 '])(
    'rejects length of "%s"',
    (iin) => {
      expect(parseIin(iin)).toEqual({ ok: false, reason: 'length' });
    },
  );

  it.each(['10090151234a', '1009015 2342', '-10090151234', '１００９０１５１２３４２'])(
    'rejects non-digit in "%s"',
    (iin) => {
      expect(parseIin(iin)).toEqual({ ok: false, reason: 'non_digit' });
    },
  );

  it.each(['100901012342', '100901712342', '100901812342', '100901912342'])('rejects century digit of %s', (iin) => {
    expect(parseIin(iin)).toEqual({ ok: false, reason: 'century_digit' });
  });

  it('checks the length before the digits', () => {
    expect(parseIin('abc')).toEqual({ ok: false, reason: 'length' });
  });

  it('rejects a wrong check digit', () => {
    expect(parseIin('100901512343')).toEqual({ ok: false, reason: 'check_digit' });
  });

  it('uses the second weights when the first sum is 10', () => {
    // 0·1+8·2+0·3+5·4+2·5+0·6+6·7+0·8+0·9+1·10+1·11 = 109, and 109 mod 11 = 10;
    // 0·3+8·4+0·5+5·6+2·7+0·8+6·9+0·10+0·11+1·1+1·2 = 133, and 133 mod 11 = 1.
    expect(computeIinCheckDigit('08052060011')).toBe(1);
    expect(parseIin('080520600111')).toEqual({ ok: true, birthDate: '2008-05-20', sex: 'female' });
    expect(parseIin('080520600110')).toEqual({ ok: false, reason: 'check_digit' });
  });

  it('rejects every check digit when both sums are 10', () => {
    // First sum 98 mod 11 = 10, second sum 131 mod 11 = 10.
    expect(computeIinCheckDigit('08052060010')).toBeNull();

    for (let digit = 0; digit <= 9; digit += 1) {
      expect(parseIin(`08052060010${digit}`)).toEqual({ ok: false, reason: 'check_digit' });
    }
  });
});

describe('computeIinCheckDigit', () => {
  it('sums the digits weighted 1..11 mod 11', () => {
    // 8·2+5·4+2·5+6·7 = 88, and 88 mod 11 = 0.
    expect(computeIinCheckDigit('08052060000')).toBe(0);
    expect(computeIinCheckDigit('10090151234')).toBe(2);
  });

  it('rejects a prefix that is not 11 digits', () => {
    expect(() => computeIinCheckDigit('0805206000')).toThrow(RangeError);
    expect(() => computeIinCheckDigit('0805206000a')).toThrow(RangeError);
  });
});

describe('makeIin', () => {
  it('builds the IIN of a birth date, sex and serial', () => {
    expect(makeIin('2010-09-01', 'male', 1234)).toBe('100901512342');
    expect(makeIin('1875-12-31', 'female', 1234)).toBe('751231212349');
    expect(makeIin('2008-05-20', 'female', 11)).toBe('080520600111');
  });

  it('returns null when no check digit exists', () => {
    expect(makeIin('2008-05-20', 'female', 10)).toBeNull();
  });

  it('finds 83 serials without an IIN on 2008-05-20', () => {
    let nulls = 0;
    for (let serial = 0; serial <= 9999; serial += 1) {
      if (makeIin('2008-05-20', 'female', serial) === null) {
        nulls += 1;
      }
    }

    expect(nulls).toBe(83);
  });

  it('rejects dates outside 1800-2099 and bad serials', () => {
    expect(() => makeIin('1799-12-31', 'male', 1)).toThrow(RangeError);
    expect(() => makeIin('2100-01-01', 'male', 1)).toThrow(RangeError);
    expect(() => makeIin('2013-02-29', 'male', 1)).toThrow(RangeError);
    expect(() => makeIin('2013-02-28', 'male', 10000)).toThrow(RangeError);
    expect(() => makeIin('2013-02-28', 'male', 1.5)).toThrow(RangeError);
  });
});

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a failure repeats. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('IIN round trip', () => {
  it('parses back 5000 generated IINs and rejects their other check digits', () => {
    const random = seededRandom(20260601);
    let generated = 0;

    for (let i = 0; i < 5000; i += 1) {
      // 109,573 days run from 1800-01-01 to 2099-12-31.
      const day = new Date(Date.UTC(1800, 0, 1) + Math.floor(random() * 109_573) * 86_400_000);
      const birthDate = day.toISOString().slice(0, 10);
      const sex = random() < 0.5 ? 'male' : 'female';
      const serial = Math.floor(random() * 10_000);

      const iin = makeIin(birthDate, sex, serial);
      if (iin === null) {
        expect(computeIinCheckDigit(makeFirst11(birthDate, sex, serial))).toBeNull();
        continue;
      }

      generated += 1;
      expect(parseIin(iin)).toEqual({ ok: true, birthDate, sex });

      const checkDigit = Number(iin[11]);
      for (let other = 0; other <= 9; other += 1) {
        if (other !== checkDigit) {
          expect(parseIin(iin.slice(0, 11) + other)).toEqual({ ok: false, reason: 'check_digit' });
        }
      }
    }

    expect(generated).toBeGreaterThan(4900);
  });
});

function makeFirst11(birthDate: string, sex: 'male' | 'female', serial: number): string {
  const [year, month, day] = birthDate.split('-');
  const centuryDigit = 2 * (Number(year.slice(0, 2)) - 18) + (sex === 'male' ? 1 : 2);
  return year.slice(2) + month + day + centuryDigit + String(serial).padStart(4, '0');
}
