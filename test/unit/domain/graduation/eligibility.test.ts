import { describe, expect, it } from 'vitest';
import { checkGraduationReadiness } from '../../../../src/domain/graduation/eligibility.js';
import { completePassport } from '../../../support/complete-passport.js';

describe('checkGraduationReadiness', () => {
  it('accepts a complete passport in grade 9', () => {
    expect(checkGraduationReadiness(completePassport(9), { grade: 9, finalGrade: 11 })).toEqual({ ready: true, missing: [] });
  });

  it('accepts a complete passport in the final grade 12', () => {
    expect(checkGraduationReadiness(completePassport(12, 12), { grade: 12, finalGrade: 12 })).toEqual({ ready: true, missing: [] });
  });

  it('lists missing attestat fields first', () => {
    const passport = completePassport(11, 11, { nationality: null, attestat_issue_date: null, attestat_series: null });

    expect(checkGraduationReadiness(passport, { grade: 11, finalGrade: 11 })).toEqual({
      ready: false,
      missing: ['attestat_series', 'attestat_issue_date', 'nationality'],
    });
  });

  it('treats a blank attestat number as missing', () => {
    const passport = completePassport(9, 11, { attestat_number: '   ' });

    expect(checkGraduationReadiness(passport, { grade: 9, finalGrade: 11 }).missing).toEqual(['attestat_number']);
  });

  it('requires the confirmation of an Altyn Belgi candidate', () => {
    const passport = completePassport(11, 11, { altyn_belgi_candidate: true, altyn_belgi_confirmed: null });

    expect(checkGraduationReadiness(passport, { grade: 11, finalGrade: 11 }).missing).toEqual(['altyn_belgi_confirmed']);
  });

  it('does not ask grade 9 about the Altyn Belgi', () => {
    const passport = completePassport(9);

    expect('altyn_belgi_candidate' in passport).toBe(false);
    expect(checkGraduationReadiness(passport, { grade: 9, finalGrade: 11 }).ready).toBe(true);
  });

  it('asks for the attestat in a grade that does not graduate', () => {
    const passport = completePassport(8);

    expect(checkGraduationReadiness(passport, { grade: 8, finalGrade: 11 }).missing).toEqual(['attestat_series', 'attestat_number', 'attestat_issue_date']);
  });
});
