import { studentsQueryKey } from '../contingent/useStudents.js';

// The year-end keys start with the school's student-list key, so any change to
// the school's students refreshes them with one invalidation.

export function transferListKey(organizationId: number, state: 'not_transferred' | 'transferred') {
  return [...studentsQueryKey(organizationId), 'transfer', state] as const;
}

export function admissionListKey(organizationId: number, state: 'not_admitted' | 'admitted') {
  return [...studentsQueryKey(organizationId), 'admission', state] as const;
}

export function yearEndSummaryKey(organizationId: number) {
  return [...studentsQueryKey(organizationId), 'year-end'] as const;
}
