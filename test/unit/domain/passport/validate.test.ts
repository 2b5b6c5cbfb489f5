import { describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARIES } from '../../../../src/domain/dictionaries.js';
import { PASSPORT_INDICATORS, validatePassportValues } from '../../../../src/domain/passport/index.js';

const DICTIONARIES = {
  aidCategories: DEFAULT_DICTIONARIES.aidCategories.map((entry) => entry.code),
  countries: ['KZ', 'RU', 'UZ'],
};

const validate = (changes: Record<string, unknown>) => validatePassportValues(changes, DICTIONARIES);

describe('validatePassportValues', () => {
  it('accepts valid values of every type', () => {
    const errors = validate({
      citizenship: 'foreign',
      citizenship_country: 'UZ',
      nationality: 'өзбек',
      territorial_affiliation: '596430100',
      phone: '+7 (701) 123-45-67',
      studies_in_special_classes: false,
      distance_to_school_km: 12.5,
      aid_category: 'large_family',
      attestat_issue_date: '2026-06-10',
      oked: '85.31.1',
      creative_exam_results: [
        { test_date: '2026-06-20', exam_sequence_number: 1, exam_name: 'Сурет', score: 85 },
        { test_date: '2026-06-21', exam_sequence_number: 2, exam_name: 'Композиция', score: 90 },
      ],
      special_exam_results: [{ exam_date: '2026-06-01', area: 'Спорт', data: null }],
      address: '',
    });

    expect(errors).toEqual([]);
  });

  it('accepts null for every indicator', () => {
    const changes = Object.fromEntries(PASSPORT_INDICATORS.map((indicator) => [indicator.code, null]));

    expect(validate(changes)).toEqual([]);
  });

  it('rejects an unknown indicator', () => {
    expect(validate({ iin: '100901512342' })).toEqual([{ field: 'passport.iin', code: 'passport.unknown_indicator' }]);
  });

  it.each([
    ['nationality', 5, 'text'],
    ['subsistence_level', '100', 'number'],
    ['subsistence_level', Number.NaN, 'number'],
    ['studies_in_special_classes', 'yes', 'boolean'],
    ['aid_category', 3, 'choice'],
    ['attestat_issue_date', 20260610, 'date'],
    ['special_exam_results', { exam_date: '2026-06-01' }, 'table'],
  ])('rejects the type of %s = %j', (code, value, expected) => {
    expect(validate({ [code]: value })).toEqual([
      { field: `passport.${code}`, code: 'passport.invalid_type', params: { expected } },
    ]);
  });

  it.each([
    ['aid_category', 'nope', 'aidCategories'],
    ['citizenship_country', 'XX', 'countries'],
    ['citizenship', 'martian', 'citizenship'],
    ['native_language', 'KK', 'native_language'],
  ])('rejects the code of %s = %s', (code, value, dictionary) => {
    expect(validate({ [code]: value })).toEqual([
      { field: `passport.${code}`, code: 'passport.unknown_code', params: { dictionary } },
    ]);
  });

  it('rejects a code that is no longer active', () => {
    const errors = validatePassportValues({ aid_category: 'large_family' }, { aidCategories: ['none'] });

    expect(errors).toEqual([
      { field: 'passport.aid_category', code: 'passport.unknown_code', params: { dictionary: 'aidCategories' } },
    ]);
  });

  it.each(['2026-02-30', '10.06.2026', '2026-6-10', ''])('rejects the date "%s"', (value) => {
    expect(validate({ attestat_issue_date: value })).toEqual([
      { field: 'passport.attestat_issue_date', code: 'passport.invalid_date' },
    ]);
  });

  it.each([
    ['attestat_issue_date', '2026-06-16'],
    ['pmpc_conclusion_date', '2027-01-01'],
    ['employment_date', '2026-12-31'],
  ])('rejects %s = %s after today', (code, value) => {
    const errors = validatePassportValues({ [code]: value }, DICTIONARIES, { today: '2026-06-15' });

    expect(errors).toEqual([{ field: `passport.${code}`, code: 'passport.date_in_future', params: { max: '2026-06-15' } }]);
  });

  it('accepts a past-only date on today', () => {
    const errors = validatePassportValues({ attestat_issue_date: '2026-06-15' }, DICTIONARIES, { today: '2026-06-15' });

    expect(errors).toEqual([]);
  });

  it('accepts a future end of a disability term', () => {
    const errors = validatePassportValues({ disability_until: '2030-09-01' }, DICTIONARIES, { today: '2026-06-15' });

    expect(errors).toEqual([]);
  });

  it('skips the today check without today', () => {
    expect(validate({ attestat_issue_date: '2030-06-10' })).toEqual([]);
  });

  it('rejects exam dates after today in table rows', () => {
    const errors = validatePassportValues(
      {
        special_exam_results: [{ exam_date: '2026-06-20', area: 'Спорт' }],
        creative_exam_results: [{ test_date: '2026-06-16', exam_sequence_number: 1, exam_name: 'Сурет', score: 85 }],
      },
      DICTIONARIES,
      { today: '2026-06-15' },
    );

    expect(errors).toEqual([
      {
        field: 'passport.special_exam_results',
        code: 'passport.invalid_row',
        params: { max: '2026-06-15', row: 1, column: 'exam_date', reason: 'date_in_future' },
      },
      {
        field: 'passport.creative_exam_results',
        code: 'passport.invalid_row',
        params: { max: '2026-06-15', row: 1, column: 'test_date', reason: 'date_in_future' },
      },
    ]);
  });

  it('rejects a date before 1900', () => {
    const errors = validatePassportValues(
      { attestat_issue_date: '1899-12-31', disability_until: '0026-06-10' },
      DICTIONARIES,
      { today: '2026-06-15' },
    );

    expect(errors).toEqual([
      { field: 'passport.attestat_issue_date', code: 'passport.out_of_range', params: { min: '1900-01-01', max: '2026-06-15' } },
      { field: 'passport.disability_until', code: 'passport.out_of_range', params: { min: '1900-01-01', max: '2099-12-31' } },
    ]);
  });

  it('accepts 1900-01-01 and rejects a date after 2099', () => {
    expect(validate({ attestat_issue_date: '1900-01-01', disability_until: '2099-12-31' })).toEqual([]);
    expect(validate({ disability_until: '2100-01-01' })).toEqual([
      { field: 'passport.disability_until', code: 'passport.out_of_range', params: { min: '1900-01-01', max: '2099-12-31' } },
    ]);
  });

  it('rejects text over its maximum length', () => {
    expect(validate({ address: 'а'.repeat(300) })).toEqual([]);
    expect(validate({ address: 'а'.repeat(301) })).toEqual([
      { field: 'passport.address', code: 'passport.too_long', params: { max: 300 } },
    ]);
  });

  it.each([-1, 300.5])('rejects distance %d out of range', (value) => {
    expect(validate({ distance_to_school_km: value })).toEqual([
      { field: 'passport.distance_to_school_km', code: 'passport.out_of_range', params: { min: 0, max: 300 } },
    ]);
  });

  it.each([
    ['territorial_affiliation', '59643010'],
    ['phone', 'call me'],
    ['oked', 'A85'],
  ])('rejects the format of %s = %s', (code, value) => {
    expect(validate({ [code]: value })).toEqual([{ field: `passport.${code}`, code: 'passport.invalid_format' }]);
  });

  it('reports each problem of a table row', () => {
    const errors = validate({
      creative_exam_results: [
        { test_date: '2026-06-20', exam_sequence_number: 1, exam_name: 'Сурет', score: 85 },
        { test_date: '2026-06-31', exam_sequence_number: 1.5, exam_name: '', score: 85, grade: 5 },
        'row',
      ],
    });

    const field = 'passport.creative_exam_results';
    const code = 'passport.invalid_row';
    expect(errors).toEqual([
      { field, code, params: { row: 2, column: 'grade', reason: 'unknown_column' } },
      { field, code, params: { row: 2, column: 'test_date', reason: 'invalid_date' } },
      { field, code, params: { row: 2, column: 'exam_sequence_number', reason: 'invalid_type', expected: 'integer' } },
      { field, code, params: { row: 2, column: 'exam_name', reason: 'missing' } },
      { field, code, params: { row: 3, reason: 'invalid_type' } },
    ]);
  });

  it('reports the range of a table cell', () => {
    const errors = validate({
      creative_exam_results: [{ test_date: '2026-06-20', exam_sequence_number: 21, exam_name: 'Би', score: 50 }],
    });

    expect(errors).toEqual([
      {
        field: 'passport.creative_exam_results',
        code: 'passport.invalid_row',
        params: { row: 1, column: 'exam_sequence_number', reason: 'out_of_range', min: 1, max: 20 },
      },
    ]);
  });

  it('rejects a table with too many rows', () => {
    const row = { exam_date: '2026-06-01', area: 'Спорт' };

    expect(validate({ special_exam_results: Array(20).fill(row) })).toEqual([]);
    expect(validate({ special_exam_results: Array(21).fill(row) })).toEqual([
      { field: 'passport.special_exam_results', code: 'passport.too_long', params: { max: 20 } },
    ]);
  });

  it('reports every field with a problem', () => {
    const errors = validate({ nationality: 'қазақ', free_meals: 1, unknown: true, attestat_issue_date: 'x' });

    expect(errors.map((error) => error.field)).toEqual([
      'passport.free_meals',
      'passport.unknown',
      'passport.attestat_issue_date',
    ]);
  });

  it('throws when a dictionary is not passed', () => {
    expect(() => validatePassportValues({ aid_category: 'none' }, {})).toThrow(/aidCategories/);
  });
});
