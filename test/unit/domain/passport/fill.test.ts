import { describe, expect, it } from 'vitest';
import { computeFill, hasValue, indicatorByCode, isRequired } from '../../../../src/domain/passport/index.js';

/** Values of every indicator that is always required, for a student with no special circumstances. */
const BASE_VALUES: Record<string, unknown> = {
  citizenship: 'kazakhstan',
  nationality: 'қазақ',
  native_language: 'kk',
  instruction_language: 'kk',
  territorial_affiliation: '596430100',
  residence_area: 'rural',
  address: 'с. Кішкенекөл, Абай көшесі, 12',
  studies_in_special_classes: false,
  needs_boarding_school: false,
  needs_transport: false,
  targeted_social_assistance: false,
  aid_category: 'none',
  free_meals: false,
  large_family: false,
  parental_care_status: 'no',
  has_disability: false,
  inclusive_education: false,
  special_educational_needs: false,
};

const ATTESTAT = {
  attestat_series: 'ЖОБ',
  attestat_number: '0012345',
  attestat_issue_date: '2026-06-10',
};

describe('computeFill', () => {
  it('counts 18 required indicators in grade 5', () => {
    expect(computeFill(BASE_VALUES, { grade: 5, finalGrade: 11 })).toEqual({ filled: 18, required: 18, missing: [] });
  });

  it('counts nothing filled in an empty passport', () => {
    const fill = computeFill({}, { grade: 5, finalGrade: 11 });

    expect(fill.filled).toBe(0);
    expect(fill.required).toBe(18);
    expect(fill.missing[0]).toBe('citizenship');
    expect(fill.missing.at(-1)).toBe('special_educational_needs');
  });

  it('requires the attestat in grade 9 but not the Altyn Belgi', () => {
    expect(computeFill(BASE_VALUES, { grade: 9, finalGrade: 11 })).toEqual({
      filled: 18,
      required: 21,
      missing: ['attestat_series', 'attestat_number', 'attestat_issue_date'],
    });
    expect(computeFill({ ...BASE_VALUES, ...ATTESTAT }, { grade: 9, finalGrade: 11 })).toEqual({
      filled: 21,
      required: 21,
      missing: [],
    });
  });

  it('requires the attestat and the Altyn Belgi candidate in the final grade', () => {
    expect(computeFill(BASE_VALUES, { grade: 11, finalGrade: 11 })).toEqual({
      filled: 18,
      required: 22,
      missing: ['attestat_series', 'attestat_number', 'attestat_issue_date', 'altyn_belgi_candidate'],
    });
  });

  it('counts false as a value', () => {
    const values = { ...BASE_VALUES, ...ATTESTAT, altyn_belgi_candidate: false };

    expect(computeFill(values, { grade: 11, finalGrade: 11 })).toEqual({ filled: 22, required: 22, missing: [] });
  });

  it('requires the confirmation only of a candidate', () => {
    const candidate = { ...BASE_VALUES, ...ATTESTAT, altyn_belgi_candidate: true };

    expect(computeFill(candidate, { grade: 11, finalGrade: 11 })).toEqual({
      filled: 22,
      required: 23,
      missing: ['altyn_belgi_confirmed'],
    });
    expect(computeFill({ ...candidate, altyn_belgi_confirmed: false }, { grade: 11, finalGrade: 11 }).missing).toEqual(
      [],
    );
  });

  it('ignores a candidate mark outside the final grade', () => {
    const values = { ...BASE_VALUES, ...ATTESTAT, altyn_belgi_candidate: true };

    expect(computeFill(values, { grade: 9, finalGrade: 11 })).toEqual({ filled: 21, required: 21, missing: [] });
  });

  it('follows the school final grade', () => {
    expect(computeFill(BASE_VALUES, { grade: 11, finalGrade: 12 }).required).toBe(18);
    expect(computeFill(BASE_VALUES, { grade: 12, finalGrade: 12 }).required).toBe(22);
    expect(computeFill(BASE_VALUES, { grade: 13, finalGrade: 13 }).required).toBe(22);
  });

  it('requires dependent indicators when their condition holds', () => {
    const values = {
      ...BASE_VALUES,
      citizenship: 'foreign',
      targeted_social_assistance: true,
      has_disability: true,
      special_educational_needs: true,
      needs_transport: true,
      studies_in_special_classes: true,
      needs_boarding_school: true,
    };

    expect(computeFill(values, { grade: 5, finalGrade: 11 })).toEqual({
      filled: 18,
      required: 25,
      missing: [
        'citizenship_country',
        'special_class_type',
        'lives_in_boarding_school',
        'distance_to_school_km',
        'subsistence_level',
        'disability_group',
        'pmpc_conclusion_date',
      ],
    });
  });
});

describe('isRequired', () => {
  it('reads the subsistence level rule from the assistance value', () => {
    const subsistence = indicatorByCode('subsistence_level')!;
    const context = { grade: 3, finalGrade: 11 };

    expect(isRequired(subsistence, { targeted_social_assistance: true }, context)).toBe(true);
    expect(isRequired(subsistence, { targeted_social_assistance: false }, context)).toBe(false);
    expect(isRequired(subsistence, {}, context)).toBe(false);
  });

  it('never requires the exam results', () => {
    const exams = indicatorByCode('special_exam_results')!;

    expect(isRequired(exams, {}, { grade: 11, finalGrade: 11 })).toBe(false);
  });
});

describe('hasValue', () => {
  it.each([null, undefined, '', '   ', []])('treats %j as no value', (value) => {
    expect(hasValue(value)).toBe(false);
  });

  it.each([false, 0, 'ЖОБ', [{ exam_name: 'Music' }]])('treats %j as a value', (value) => {
    expect(hasValue(value)).toBe(true);
  });
});
