import type { Fill } from '../../shared/FillTag.js';

export const STUDENT_STATUSES = ['active', 'graduated', 'departed', 'pending_departure', 'pending_arrival'] as const;

export type StudentStatus = (typeof STUDENT_STATUSES)[number];

export function isStudentStatus(value: unknown): value is StudentStatus {
  return typeof value === 'string' && (STUDENT_STATUSES as readonly string[]).includes(value);
}

export interface StudentListItem {
  id: number;
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  grade: number;
  letter: string;
  status: StudentStatus;
  studyForm: string;
  fill: Fill;
}

export interface StudentPage {
  items: StudentListItem[];
  total: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export interface ContingentQuery {
  status: StudentStatus;
  grade: number | null;
  letter: string | null;
  q: string;
  page: number;
  pageSize: number;
}
