import { studentsQueryKey } from '../contingent/useStudents.js';

/**
 * Builds the key of one grade's candidates. The graduation keys start with the
 * school's student-list key, so a passport save, a graduation or an undo
 * refreshes every list with one invalidation.
 */
export function graduationCandidatesKey(organizationId: number, grade: number) {
  return [...studentsQueryKey(organizationId), 'graduation', grade] as const;
}

export function graduatesKey(organizationId: number, query: object) {
  return [...studentsQueryKey(organizationId), 'graduates', query] as const;
}
