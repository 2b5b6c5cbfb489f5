import { studentsQueryKey } from '../contingent/useStudents.js';

/**
 * The graduation lists live under the school's student lists, so a passport
 * save, a graduation or an undo refreshes all of them with one invalidation.
 */
export function graduationCandidatesKey(organizationId: number, grade: number) {
  return [...studentsQueryKey(organizationId), 'graduation', grade] as const;
}

export function graduatesKey(organizationId: number, query: object) {
  return [...studentsQueryKey(organizationId), 'graduates', query] as const;
}
