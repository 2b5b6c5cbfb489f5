import type { Fill } from '../../shared/FillTag.js';
import type { StudentStatus } from '../contingent/types.js';

export type Sex = 'male' | 'female';

/** A passport value as the API stores it: dates are 'YYYY-MM-DD', tables are arrays of rows. */
export type PassportValue = string | number | boolean | Record<string, unknown>[] | null;

export type PassportValues = Record<string, PassportValue>;

export interface Enrolment {
  id: number;
  organizationId: number;
  /** Calendar year the school year starts: 2025 for 2025–2026. */
  schoolYear: number;
  grade: number;
  letter: string;
  studyForm: string;
  status: StudentStatus;
}

export interface StudentDetail {
  id: number;
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  sex: Sex;
  enrolment: Enrolment;
  finalGrade: number;
  passport: PassportValues;
  fill: Fill;
  missing: string[];
}

/** The personal fields that PATCH accepts beside `passport`. */
export interface PersonalFields {
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  sex: Sex;
  grade: number;
  letter: string;
  studyForm: string;
}

export type StudentPatch = Partial<PersonalFields> & { passport?: Record<string, PassportValue> };
