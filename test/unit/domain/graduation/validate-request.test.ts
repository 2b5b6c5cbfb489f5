import { describe, expect, it } from 'vitest';
import { DESTINATIONS } from '../../../../src/domain/dictionaries/destinations.js';
import { DOCUMENT_KINDS } from '../../../../src/domain/dictionaries/document-kinds.js';
import { STUDY_FORMS } from '../../../../src/domain/dictionaries/study-forms.js';
import {
  validateGraduationRequest,
  type GraduationCandidate,
  type GraduationRequest,
  type GraduationRules,
} from '../../../../src/domain/graduation/validate-request.js';
import { completePassport } from '../../../support/complete-passport.js';

const rules: GraduationRules = {
  today: '2026-06-15',
  finalGrade: 11,
  documentKinds: DOCUMENT_KINDS,
  destinations: DESTINATIONS,
  studyForms: STUDY_FORMS,
};

const request: GraduationRequest = {
  documentKind: 'general_secondary_attestat',
  departureDate: '2026-06-10',
  orderDate: '2026-06-09',
  destination: 'university',
};

const candidate = (studentId: number, index: number, overrides: Partial<GraduationCandidate> = {}): GraduationCandidate => ({
  studentId,
  index,
  status: 'active',
  schoolYear: 2025,
  grade: 11,
  studyForm: 'full_time',
  passport: completePassport(11),
  ...overrides,
});

describe('validateGraduationRequest', () => {
  it('accepts ready final-grade students', () => {
    expect(validateGraduationRequest(request, [candidate(10, 0), candidate(11, 1)], rules)).toEqual({ ok: true, country: null });
  });

  it('returns the country for a destination that requires one', () => {
    const result = validateGraduationRequest({ ...request, destination: 'left_country', country: 'tr' }, [candidate(10, 0)], rules);

    expect(result).toEqual({ ok: true, country: 'TR' });
  });

  it('lists every problem of the request and of each student at once', () => {
    const candidates = [
      candidate(10, 0),
      candidate(11, 1, { passport: completePassport(11, 11, { attestat_number: null }) }),
      candidate(12, 2, { status: 'graduated' }),
      candidate(13, 3, { grade: 5 }),
      candidate(14, 4, { status: 'pending_departure' }),
    ];
    const result = validateGraduationRequest({ ...request, orderDate: '2026-06-16', destination: 'left_country' }, candidates, rules);

    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'orderDate', code: 'graduation.order_date_in_future', params: { today: '2026-06-15' } },
        { field: 'country', code: 'graduation.country_required' },
        { field: 'studentIds.1', code: 'graduation.not_ready', params: { studentId: 11, missing: 'attestat_number' } },
        { field: 'studentIds.2', code: 'graduation.already_graduated', params: { studentId: 12 } },
        { field: 'studentIds.3', code: 'graduation.grade_not_final', params: { studentId: 13, grade: 5 } },
        { field: 'studentIds.4', code: 'graduation.not_active', params: { studentId: 14, status: 'pending_departure' } },
      ],
    });
  });

  it('names each student whose departure date is outside June, but not external-study students', () => {
    const candidates = [candidate(10, 0), candidate(11, 1, { studyForm: 'external_study' }), candidate(12, 2)];
    const result = validateGraduationRequest({ ...request, departureDate: '2026-05-31' }, candidates, rules);

    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'students.10.departureDate', code: 'graduation.departure_date_not_in_june', params: { studentId: 10, from: '2026-06-01', to: '2026-06-30' } },
        { field: 'students.12.departureDate', code: 'graduation.departure_date_not_in_june', params: { studentId: 12, from: '2026-06-01', to: '2026-06-30' } },
      ],
    });
  });

  it('names each student whom the Altyn Belgi attestat does not suit', () => {
    const candidates = [
      candidate(10, 0, { passport: completePassport(11, 11, { altyn_belgi_candidate: true, altyn_belgi_confirmed: true }) }),
      candidate(11, 1, { passport: completePassport(11, 11, { altyn_belgi_candidate: true, altyn_belgi_confirmed: false }) }),
      candidate(12, 2, { grade: 9, passport: completePassport(9) }),
    ];
    const result = validateGraduationRequest({ ...request, documentKind: 'altyn_belgi_attestat', destination: 'college' }, candidates, rules);

    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'students.11.documentKind', code: 'graduation.altyn_belgi_not_confirmed', params: { studentId: 11 } },
        { field: 'students.12.documentKind', code: 'graduation.document_kind_grade', params: { studentId: 12 } },
      ],
    });
  });

  it('rejects a destination of another grade', () => {
    const result = validateGraduationRequest({ ...request, documentKind: 'basic_secondary_attestat' }, [candidate(10, 0, { grade: 9, passport: completePassport(9) })], rules);

    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'students.10.destination', code: 'graduation.destination_grade', params: { studentId: 10, grade: 9 } }],
    });
  });

  it('rejects unknown and inactive dictionary codes', () => {
    const inactiveRules = { ...rules, destinations: DESTINATIONS.map((entry) => ({ ...entry, active: entry.code !== 'university' })) };
    const result = validateGraduationRequest({ ...request, documentKind: 'diploma' }, [candidate(10, 0)], inactiveRules);

    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'documentKind', code: 'graduation.document_kind_unknown' },
        { field: 'destination', code: 'graduation.destination_unknown' },
      ],
    });
  });

  it('rejects a student already moved into the next school year', () => {
    const transferred = candidate(10, 0, { schoolYear: 2026, grade: 9, passport: completePassport(9) });

    expect(validateGraduationRequest({ ...request, documentKind: 'basic_secondary_attestat', destination: 'college' }, [transferred], rules)).toEqual({
      ok: false,
      errors: [{ field: 'studentIds.0', code: 'graduation.next_school_year', params: { studentId: 10, grade: 9 } }],
    });
  });

  it('handles a final grade of 12', () => {
    const twelve = { ...rules, finalGrade: 12 as const };
    const candidates = [candidate(10, 0, { grade: 12, passport: completePassport(12, 12) }), candidate(11, 1, { passport: completePassport(11, 12) })];

    expect(validateGraduationRequest(request, candidates, twelve)).toEqual({
      ok: false,
      errors: [{ field: 'studentIds.1', code: 'graduation.grade_not_final', params: { studentId: 11, grade: 11 } }],
    });
  });
});
