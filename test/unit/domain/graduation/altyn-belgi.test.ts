import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../../src/domain/dictionaries/document-kinds.js';
import { altynBelgiWarning, checkDocumentKind } from '../../../../src/domain/graduation/altyn-belgi.js';

const kind = (code: string) => DOCUMENT_KINDS.find((entry) => entry.code === code)!;
const altynBelgi = kind('altyn_belgi_attestat');
const confirmed = { altyn_belgi_candidate: true, altyn_belgi_confirmed: true };
const unconfirmed = { altyn_belgi_candidate: true, altyn_belgi_confirmed: false };

describe('altynBelgiWarning', () => {
  it('warns about a final-grade candidate without confirmation', () => {
    expect(altynBelgiWarning(unconfirmed, 11, 11)).toBe(true);
    expect(altynBelgiWarning({ altyn_belgi_candidate: true }, 12, 12)).toBe(true);
  });

  it('does not warn about a confirmed candidate', () => {
    expect(altynBelgiWarning(confirmed, 11, 11)).toBe(false);
  });

  it('does not warn about a student who is not a candidate', () => {
    expect(altynBelgiWarning({ altyn_belgi_candidate: false }, 11, 11)).toBe(false);
    expect(altynBelgiWarning({}, 11, 11)).toBe(false);
  });

  it('never warns in grade 9', () => {
    expect(altynBelgiWarning(unconfirmed, 9, 11)).toBe(false);
  });
});

describe('checkDocumentKind', () => {
  it('accepts the Altyn Belgi attestat for a confirmed final-grade student', () => {
    expect(checkDocumentKind(altynBelgi, { grade: 11, finalGrade: 11, passport: confirmed })).toBeNull();
  });

  it('rejects the Altyn Belgi attestat without confirmation', () => {
    expect(checkDocumentKind(altynBelgi, { grade: 11, finalGrade: 11, passport: unconfirmed })).toBe('graduation.altyn_belgi_not_confirmed');
    expect(checkDocumentKind(altynBelgi, { grade: 11, finalGrade: 11, passport: {} })).toBe('graduation.altyn_belgi_not_confirmed');
  });

  it('rejects the Altyn Belgi attestat in grade 9 by its grades', () => {
    expect(checkDocumentKind(altynBelgi, { grade: 9, finalGrade: 11, passport: confirmed })).toBe('graduation.document_kind_grade');
  });

  it('rejects Altyn Belgi outside final grade', () => {
    const widened = { ...altynBelgi, grades: [] };

    expect(checkDocumentKind(widened, { grade: 9, finalGrade: 11, passport: confirmed })).toBe('graduation.altyn_belgi_final_grade_only');
    expect(checkDocumentKind(widened, { grade: 11, finalGrade: 12, passport: confirmed })).toBe('graduation.altyn_belgi_final_grade_only');
  });

  it('rejects a basic attestat in grade 11', () => {
    expect(checkDocumentKind(kind('basic_secondary_attestat'), { grade: 11, finalGrade: 11, passport: {} })).toBe('graduation.document_kind_grade');
  });

  it('rejects a general attestat in grade 9', () => {
    expect(checkDocumentKind(kind('general_secondary_attestat'), { grade: 9, finalGrade: 11, passport: {} })).toBe('graduation.document_kind_grade');
  });

  it('accepts the attestat of each graduating grade without confirmation', () => {
    expect(checkDocumentKind(kind('basic_secondary_attestat_with_distinction'), { grade: 9, finalGrade: 11, passport: unconfirmed })).toBeNull();
    expect(checkDocumentKind(kind('general_secondary_attestat'), { grade: 12, finalGrade: 12, passport: unconfirmed })).toBeNull();
  });

  it('accepts a kind with no grades in any grade', () => {
    expect(checkDocumentKind({ code: 'any', flags: [], grades: [] }, { grade: 9, finalGrade: 11, passport: {} })).toBeNull();
  });
});
