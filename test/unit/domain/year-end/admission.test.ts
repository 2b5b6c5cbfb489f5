import { describe, expect, it } from 'vitest';
import type { GraduationRecord } from '../../../../src/db/schema.js';
import { validateAdmissionRequest, type AdmissionCandidate } from '../../../../src/domain/year-end/admission.js';

const rules = { closingSchoolYear: 2025, continuingDestinations: new Set(['continues_at_school']) };

const graduation: GraduationRecord = {
  graduationYear: 2026,
  documentKind: 'basic_secondary_attestat',
  departureDate: '2026-06-10',
  orderDate: '2026-06-09',
  orderNumber: '12-у',
  destination: 'continues_at_school',
  country: null,
};

const candidate = (studentId: number, index: number, overrides: Partial<AdmissionCandidate> = {}): AdmissionCandidate => ({
  studentId,
  index,
  status: 'graduated',
  schoolYear: 2025,
  grade: 9,
  graduation,
  ...overrides,
});

describe('validateAdmissionRequest', () => {
  it('accepts grade-9 graduates who continue at the school', () => {
    expect(validateAdmissionRequest(null, [candidate(1, 0), candidate(2, 1)], rules)).toEqual({ ok: true, letter: null });
  });

  it('reads a Latin look-alike letter as Cyrillic', () => {
    expect(validateAdmissionRequest('b', [candidate(1, 0)], rules)).toEqual({ ok: true, letter: 'В' });
    expect(validateAdmissionRequest('Ә', [candidate(1, 0)], rules)).toEqual({ ok: true, letter: 'Ә' });
  });

  it('rejects a letter that is no class letter', () => {
    expect(validateAdmissionRequest('9', [candidate(1, 0)], rules)).toEqual({ ok: false, errors: [{ field: 'letter', code: 'admission.letter_unknown' }] });
  });

  it('gives the reason each student cannot be admitted', () => {
    const result = validateAdmissionRequest(
      null,
      [
        candidate(1, 0, { status: 'active', graduation: null }),
        candidate(2, 1, { grade: 11, graduation: { ...graduation, documentKind: 'general_secondary_attestat' } }),
        candidate(3, 2, { graduation: { ...graduation, destination: 'college' } }),
        candidate(4, 3, { graduation: { ...graduation, graduationYear: 2025 } }),
      ],
      rules,
    );

    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'studentIds.0', code: 'admission.not_eligible', params: { studentId: 1, reason: 'not_graduated' } },
        { field: 'studentIds.1', code: 'admission.not_eligible', params: { studentId: 2, reason: 'not_basic_grade' } },
        { field: 'studentIds.2', code: 'admission.not_eligible', params: { studentId: 3, reason: 'destination' } },
        { field: 'studentIds.3', code: 'admission.not_eligible', params: { studentId: 4, reason: 'graduation_year' } },
      ],
    });
  });

  it('rejects a graduate admitted already', () => {
    const admitted = candidate(5, 0, { status: 'active', schoolYear: 2026, grade: 10 });

    expect(validateAdmissionRequest(null, [admitted], rules)).toEqual({
      ok: false,
      errors: [{ field: 'studentIds.0', code: 'admission.already_admitted', params: { studentId: 5 } }],
    });
  });
});
