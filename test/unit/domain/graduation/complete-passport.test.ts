import { describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARIES, DICTIONARY_NAMES } from '../../../../src/domain/dictionaries.js';
import { computeFill } from '../../../../src/domain/passport/fill.js';
import { validatePassportValues } from '../../../../src/domain/passport/validate.js';
import { completePassport } from '../../../support/complete-passport.js';

const activeCodes = {
  ...Object.fromEntries(DICTIONARY_NAMES.map((name) => [name, DEFAULT_DICTIONARIES[name].map((entry) => entry.code)])),
  countries: ['RU'],
};

describe('completePassport fixture', () => {
  it.each([
    [9, 11],
    [11, 11],
    [12, 12],
    [13, 13],
  ])('fills every required indicator in grade %i (final %i)', (grade, finalGrade) => {
    const passport = completePassport(grade, finalGrade);

    expect(computeFill(passport, { grade, finalGrade }).missing).toEqual([]);
  });

  it('gives values the passport validation accepts', () => {
    expect(validatePassportValues(completePassport(11), activeCodes)).toEqual([]);
  });

  it('removes an indicator overridden with null', () => {
    const passport = completePassport(9, 11, { attestat_number: null });

    expect('attestat_number' in passport).toBe(false);
    expect(computeFill(passport, { grade: 9, finalGrade: 11 }).missing).toEqual(['attestat_number']);
  });

  it('fills what an override makes required', () => {
    const passport = completePassport(11, 11, { altyn_belgi_candidate: true });

    expect(passport.altyn_belgi_candidate).toBe(true);
    expect(passport.altyn_belgi_confirmed).toBe(false);
  });
});
