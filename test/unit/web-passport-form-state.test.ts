import { describe, expect, it } from 'vitest';
import { computeFill } from '../../src/domain/passport/fill.js';
import { resources } from '../../src/i18n/resources.js';
import { currentPassportValues, hasUnsavedChanges, toFormValues } from '../../src/web/features/passport/formValues.js';
import { missingFields } from '../../src/web/features/passport/missingFields.js';
import { sectionInView } from '../../src/web/features/passport/sectionInView.js';
import type { StudentDetail } from '../../src/web/features/passport/types.js';
import { completePassport } from '../support/complete-passport.js';

function student(passport: Record<string, unknown>): StudentDetail {
  return {
    id: 7,
    iin: '090921592434',
    lastName: 'Ерболат',
    firstName: 'Іляс',
    middleName: null,
    birthDate: '2009-09-21',
    sex: 'male',
    enrolment: { id: 7, organizationId: 17009, schoolYear: 2025, grade: 11, letter: 'А', studyForm: 'full_time', status: 'active' },
    finalGrade: 11,
    passport: passport as StudentDetail['passport'],
    fill: { filled: 0, required: 0 },
    missing: [],
  };
}

const CONTEXT = { grade: 11, finalGrade: 11 };

function missingOn(current: ReturnType<typeof toFormValues>, saved: ReturnType<typeof toFormValues>): string[] {
  return missingFields(current, saved, computeFill(currentPassportValues(current, saved), CONTEXT));
}

describe('missingFields', () => {
  const saved = toFormValues(student(completePassport(11)));

  it('is empty for a complete passport', () => {
    expect(missingOn(structuredClone(saved), saved)).toEqual([]);
  });

  it('lists emptied surname, name and IIN before the indicators', () => {
    const current = structuredClone(saved);
    current.lastName = '';
    current.firstName = '  ';
    current.iin = '';
    current.passport.nationality = '';

    expect(missingOn(current, saved)).toEqual(['iin', 'lastName', 'firstName', 'nationality']);
  });

  it('follows unsaved answers that require another indicator', () => {
    const current = structuredClone(saved);
    current.passport.needs_transport = true;

    expect(missingOn(current, saved)).toEqual(['distance_to_school_km']);
  });

  it('uses the saved value of a field the form has not reported', () => {
    expect(missingFields({ passport: saved.passport }, saved, { filled: 1, required: 1, missing: [] })).toEqual([]);
  });
});

describe('hasUnsavedChanges', () => {
  const saved = toFormValues(student({ special_exam_results: [{ exam_date: '2026-06-01', area: 'Спорт' }] }));

  it('is false for the saved values', () => {
    expect(hasUnsavedChanges(saved, structuredClone(saved))).toBe(false);
  });

  it('counts a new row with no cell filled', () => {
    const current = structuredClone(saved);
    current.passport.creative_exam_results = [{}];

    expect(hasUnsavedChanges(saved, current)).toBe(true);
  });

  it('counts a deleted row', () => {
    const current = structuredClone(saved);
    current.passport.special_exam_results = [];

    expect(hasUnsavedChanges(saved, current)).toBe(true);
  });
});

describe('sectionInView', () => {
  const viewport = { top: 122, height: 800, atBottom: false };

  it('picks the section just below the sticky header, not the one above it', () => {
    const sections = [
      { id: 'personal', top: -1500 },
      { id: 'social', top: 165 },
      { id: 'disability', top: 734 },
    ];

    expect(sectionInView(sections, viewport)).toBe('social');
  });

  it('keeps a section while the next is low on the screen', () => {
    const sections = [
      { id: 'social', top: -300 },
      { id: 'disability', top: 500 },
    ];

    expect(sectionInView(sections, viewport)).toBe('social');
  });

  it('picks the first section above all of them', () => {
    expect(sectionInView([{ id: 'personal', top: 315 }, { id: 'social', top: 1900 }], viewport)).toBe('personal');
  });

  it('picks the last visible section at the bottom of the page', () => {
    const sections = [
      { id: 'exams', top: -37 },
      { id: 'trajectory', top: 553 },
    ];

    expect(sectionInView(sections, { ...viewport, atBottom: true })).toBe('trajectory');
    expect(sectionInView(sections, viewport)).toBe('exams');
  });
});

describe('passport status labels', () => {
  it('name the status of one student, not the tab of a list', () => {
    expect(resources.ru.passport.status).toEqual({
      active: 'Обучается',
      graduated: 'Выпущен',
      departed: 'Выбыл',
      pending_departure: 'На выбытии',
      pending_arrival: 'На прибытии',
    });
    expect(resources.kk.passport.status.graduated).toBe('Шығарылды');
    expect(resources.en.passport.status.graduated).toBe('Graduated');
  });
});
