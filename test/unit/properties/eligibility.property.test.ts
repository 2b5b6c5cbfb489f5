import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DESTINATIONS } from '../../../src/domain/dictionaries/destinations.js';
import { isGraduatingGrade } from '../../../src/domain/grades.js';
import { validateAdmissionRequest, type AdmissionCandidate } from '../../../src/domain/year-end/admission.js';
import { validateTransferRequest, type TransferCandidate } from '../../../src/domain/year-end/transfer.js';
import { completePassport } from '../../support/complete-passport.js';

const STATUSES = ['active', 'graduated', 'departed', 'pending_departure', 'pending_arrival'] as const;
const closingSchoolYear = 2025;

const transferCandidate = fc.record({
  status: fc.constantFrom(...STATUSES),
  schoolYear: fc.integer({ min: 2023, max: 2027 }),
  grade: fc.integer({ min: 0, max: 13 }),
  complete: fc.boolean(),
});

describe('year-end eligibility properties', () => {
  it('transfers exactly the ready active students of a non-graduating grade not moved this year', () => {
    fc.assert(
      fc.property(fc.constantFrom(11, 12, 13), fc.array(transferCandidate, { maxLength: 30 }), (finalGrade, drafts) => {
        const candidates: TransferCandidate[] = drafts.map((draft, index) => {
          const { nationality: _nationality, ...incomplete } = completePassport(draft.grade);
          return { studentId: index + 1, index, status: draft.status, schoolYear: draft.schoolYear, grade: draft.grade, passport: draft.complete ? completePassport(draft.grade) : incomplete };
        });

        const errors = validateTransferRequest(candidates, { closingSchoolYear, finalGrade });

        // One error at most per student, named by its place in the request.
        expect(new Set(errors.map((error) => error.field)).size).toBe(errors.length);
        for (const candidate of candidates) {
          const error = errors.find((entry) => entry.field === `studentIds.${candidate.index}`);
          const allowed =
            candidate.status === 'active' &&
            candidate.schoolYear <= closingSchoolYear &&
            !isGraduatingGrade(candidate.grade, finalGrade) &&
            candidate.grade < finalGrade &&
            drafts[candidate.index].complete;
          expect(error === undefined, `${JSON.stringify(drafts[candidate.index])} → ${error?.code}`).toBe(allowed);
        }
      }),
    );
  });

  it("admits exactly this year's grade-9 graduates who continue at the school", () => {
    const destinations = DESTINATIONS.map((entry) => entry.code);
    const draft = fc.record({
      status: fc.constantFrom(...STATUSES),
      grade: fc.integer({ min: 0, max: 13 }),
      schoolYear: fc.integer({ min: 2024, max: 2026 }),
      graduationYear: fc.integer({ min: 2025, max: 2027 }),
      destination: fc.constantFrom(...destinations),
      hasGraduation: fc.boolean(),
    });

    fc.assert(
      fc.property(fc.array(draft, { maxLength: 30 }), (drafts) => {
        const candidates: AdmissionCandidate[] = drafts.map((entry, index) => ({
          studentId: index + 1,
          index,
          status: entry.status,
          schoolYear: entry.schoolYear,
          grade: entry.grade,
          graduation: entry.hasGraduation
            ? { graduationYear: entry.graduationYear, documentKind: 'basic_secondary_attestat', departureDate: '2026-06-10', orderDate: '2026-06-09', orderNumber: '1', destination: entry.destination, country: null }
            : null,
        }));

        const result = validateAdmissionRequest(null, candidates, { closingSchoolYear, continuingDestinations: new Set(['continues_at_school']) });
        const rejected = new Set(result.ok ? [] : result.errors.map((error) => error.field));

        drafts.forEach((entry, index) => {
          const allowed = entry.status === 'graduated' && entry.hasGraduation && entry.grade === 9 && entry.destination === 'continues_at_school' && entry.graduationYear === 2026;
          expect(!rejected.has(`studentIds.${index}`), JSON.stringify(entry)).toBe(allowed);
        });
      }),
    );
  });
});
