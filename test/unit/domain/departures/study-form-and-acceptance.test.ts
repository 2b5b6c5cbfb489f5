import { describe, expect, it } from 'vitest';
import { checkOptionalOrder } from '../../../../src/domain/departures/order.js';
import { validateAcceptance } from '../../../../src/domain/departures/validate-acceptance.js';
import { validateStudyFormChange } from '../../../../src/domain/departures/validate-study-form-change.js';

const studyForms = ['full_time', 'evening', 'home_schooling', 'external_study', 'family_education'];

describe('checkOptionalOrder', () => {
  const check = (orderNumber: string | null, orderDate: string | null) => checkOptionalOrder({ orderNumber, orderDate }, '2026-03-02', 2025);

  it('accepts no order and a full order', () => {
    expect(check(null, null)).toEqual({ errors: [], orderNumber: null, orderDate: null });
    expect(check('  ', null)).toEqual({ errors: [], orderNumber: null, orderDate: null });
    expect(check(' 7 ', '2026-03-01')).toEqual({ errors: [], orderNumber: '7', orderDate: '2026-03-01' });
  });

  it('names the missing half of an order', () => {
    expect(check('7', null).errors).toEqual([{ field: 'orderDate', code: 'order.date_missing' }]);
    expect(check(null, '2026-03-01').errors).toEqual([{ field: 'orderNumber', code: 'order.number_missing' }]);
  });

  it('rejects an order date after today', () => {
    expect(check('7', '2026-03-03').errors).toEqual([{ field: 'orderDate', code: 'order.date_in_future', params: { today: '2026-03-02' } }]);
  });
});

describe('validateStudyFormChange', () => {
  const rules = { today: '2026-03-02', schoolYear: 2025, activeStudyForms: studyForms };
  const candidates = [
    { studentId: 11, index: 0, status: 'active', studyForm: 'full_time' },
    { studentId: 12, index: 1, status: 'active', studyForm: 'home_schooling' },
  ];

  it('splits changed and unchanged students', () => {
    expect(validateStudyFormChange({ studyForm: 'home_schooling' }, candidates, rules)).toEqual({
      ok: true,
      orderNumber: null,
      orderDate: null,
      changedIds: [11],
      unchangedIds: [12],
    });
  });

  it('rejects a student out of the contingent by position', () => {
    const result = validateStudyFormChange({ studyForm: 'evening' }, [candidates[0], { ...candidates[1], status: 'pending_departure' }], rules);

    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'studentIds.1', code: 'study_form.not_active', params: { studentId: 12, status: 'pending_departure' } }],
    });
  });

  it('rejects an unknown study form and a half order together', () => {
    const result = validateStudyFormChange({ studyForm: 'distance_on_mars', orderNumber: '5' }, candidates, rules);

    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['study_form.unknown', 'order.date_missing']);
  });
});

describe('validateAcceptance', () => {
  const rules = { today: '2026-03-02', schoolYear: 2025, finalGrade: 11, activeStudyForms: studyForms };
  const request = { grade: 7, letter: 'Ә', studyForm: 'full_time', orderNumber: '3', orderDate: '2026-03-02' };

  it('accepts a grade, letter, study form and order', () => {
    expect(validateAcceptance(request, rules)).toEqual([]);
  });

  it('rejects a grade above the final grade of the receiving school', () => {
    expect(validateAcceptance({ ...request, grade: 12 }, rules)).toEqual([{ field: 'grade', code: 'arrival.grade_above_final', params: { finalGrade: 11 } }]);
    expect(validateAcceptance({ ...request, grade: 12 }, { ...rules, finalGrade: 12 })).toEqual([]);
  });

  it('rejects a Latin letter, an unknown form and an order from the future', () => {
    const errors = validateAcceptance({ ...request, letter: 'A', studyForm: 'x', orderDate: '2026-04-01' }, rules);

    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['letter', 'student.letter_invalid'],
      ['studyForm', 'student.study_form_unknown'],
      ['orderDate', 'order.date_in_future'],
    ]);
  });
});
