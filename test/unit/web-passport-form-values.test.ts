import { describe, expect, it } from 'vitest';
import { buildPatch, currentPassportValues, toFormValues } from '../../src/web/features/passport/formValues.js';
import type { StudentDetail } from '../../src/web/features/passport/types.js';

function student(passport: Record<string, unknown> = {}): StudentDetail {
  return {
    id: 7,
    iin: '090921592434',
    lastName: 'Ерболат',
    firstName: 'Іляс',
    middleName: 'Талғатұлы',
    birthDate: '2009-09-21',
    sex: 'male',
    enrolment: { id: 7, organizationId: 17009, schoolYear: 2026, grade: 11, letter: 'А', studyForm: 'full_time', status: 'active' },
    finalGrade: 11,
    passport: passport as StudentDetail['passport'],
    fill: { filled: 0, required: 0 },
    missing: [],
  };
}

describe('toFormValues', () => {
  it('puts personal fields on top and every indicator under passport', () => {
    const values = toFormValues(student({ attestat_series: 'ЖОБ' }));

    expect(values.grade).toBe(11);
    expect(values.letter).toBe('А');
    expect(values.passport.attestat_series).toBe('ЖОБ');
    expect(values.passport.attestat_number).toBeNull();
    expect(values.passport.special_exam_results).toEqual([]);
  });
});

describe('buildPatch', () => {
  const saved = toFormValues(student({ attestat_series: 'ЖОБ', needs_transport: false }));

  it('is empty when nothing changed', () => {
    expect(buildPatch(saved, structuredClone(saved))).toEqual({});
  });

  it('sends only the changed field and indicators', () => {
    const current = structuredClone(saved);
    current.letter = 'Ә';
    current.passport.attestat_number = '0912345';
    current.passport.needs_transport = true;

    expect(buildPatch(saved, current)).toEqual({
      letter: 'Ә',
      passport: { attestat_number: '0912345', needs_transport: true },
    });
  });

  it('sends null for a cleared indicator', () => {
    const current = structuredClone(saved);
    current.passport.attestat_series = '  ';

    expect(buildPatch(saved, current)).toEqual({ passport: { attestat_series: null } });
  });

  it('sends null for a cleared patronymic', () => {
    const current = structuredClone(saved);
    current.middleName = '';

    expect(buildPatch(saved, current)).toEqual({ middleName: null });
  });

  it('ignores a table row with no cell filled', () => {
    const current = structuredClone(saved);
    current.passport.special_exam_results = [{}, { area: '' }];

    expect(buildPatch(saved, current)).toEqual({});
  });

  it('sends table rows without their blank cells', () => {
    const current = structuredClone(saved);
    current.passport.special_exam_results = [{ exam_date: '2027-05-20', area: 'Музыка', data: '' }];

    expect(buildPatch(saved, current)).toEqual({
      passport: { special_exam_results: [{ exam_date: '2027-05-20', area: 'Музыка' }] },
    });
  });
});

describe('currentPassportValues', () => {
  it('treats blank text and empty tables as no value', () => {
    const saved = toFormValues(student({ attestat_series: 'ЖОБ' }));
    const values = currentPassportValues({ passport: { attestat_series: '', nationality: 'қазақ' } }, saved);

    expect(values.attestat_series).toBeNull();
    expect(values.nationality).toBe('қазақ');
    expect(values.special_exam_results).toBeNull();
  });
});
