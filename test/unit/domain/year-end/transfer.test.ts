import { describe, expect, it } from 'vitest';
import { isTransferGrade, validateTransferRequest, type TransferCandidate } from '../../../../src/domain/year-end/transfer.js';
import { completePassport } from '../../../support/complete-passport.js';

const rules = { closingSchoolYear: 2025, finalGrade: 11 };

const candidate = (studentId: number, index: number, overrides: Partial<TransferCandidate> = {}): TransferCandidate => ({
  studentId,
  index,
  status: 'active',
  schoolYear: 2025,
  grade: 5,
  passport: completePassport(5),
  ...overrides,
});

describe('isTransferGrade', () => {
  it('moves up the grades between graduations', () => {
    expect([0, 1, 8, 10].map((grade) => isTransferGrade(grade, 11))).toEqual([true, true, true, true]);
  });

  it('keeps grade 9 and the final grade', () => {
    expect(isTransferGrade(9, 11)).toBe(false);
    expect(isTransferGrade(11, 11)).toBe(false);
    expect(isTransferGrade(12, 12)).toBe(false);
  });

  it('moves grade 11 up where the school ends in grade 12', () => {
    expect(isTransferGrade(11, 12)).toBe(true);
  });

  it('keeps grades past the final one', () => {
    expect(isTransferGrade(12, 11)).toBe(false);
    expect(isTransferGrade(13, 13)).toBe(false);
  });
});

describe('validateTransferRequest', () => {
  it('accepts ready students of grades that move up', () => {
    expect(validateTransferRequest([candidate(1, 0), candidate(2, 1, { grade: 10, passport: completePassport(10) })], rules)).toEqual([]);
  });

  it('accepts a student left behind from an earlier year', () => {
    expect(validateTransferRequest([candidate(1, 0, { schoolYear: 2024 })], rules)).toEqual([]);
  });

  it('rejects graduating grades', () => {
    const errors = validateTransferRequest([candidate(1, 0, { grade: 9 }), candidate(2, 1, { grade: 11 })], rules);

    expect(errors).toEqual([
      { field: 'studentIds.0', code: 'transfer.grade_is_graduating', params: { studentId: 1, grade: 9 } },
      { field: 'studentIds.1', code: 'transfer.grade_is_graduating', params: { studentId: 2, grade: 11 } },
    ]);
  });

  it('rejects a student moved up this year', () => {
    expect(validateTransferRequest([candidate(7, 0, { schoolYear: 2026, grade: 6 })], rules)).toEqual([
      { field: 'studentIds.0', code: 'transfer.already_transferred', params: { studentId: 7 } },
    ]);
  });

  it('rejects students who are not active', () => {
    expect(validateTransferRequest([candidate(3, 2, { status: 'pending_departure' })], rules)).toEqual([
      { field: 'studentIds.2', code: 'transfer.not_active', params: { studentId: 3, status: 'pending_departure' } },
    ]);
  });

  it('names the indicators a student still lacks', () => {
    const { nationality: _nationality, ...passport } = completePassport(5);

    expect(validateTransferRequest([candidate(4, 0, { passport })], rules)).toEqual([
      { field: 'studentIds.0', code: 'transfer.not_ready', params: { studentId: 4, missing: 'nationality' } },
    ]);
  });
});
