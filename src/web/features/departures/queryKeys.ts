import type { ContingentQuery } from '../contingent/types.js';
import { studentsQueryKey } from '../contingent/useStudents.js';

/**
 * Build the key of one of the departure lists. The keys start with the
 * school's student-list key, so any movement of a student refreshes every
 * list of the school with one invalidation.
 */
export function departureListKey(organizationId: number, list: 'departed' | 'pending-departures' | 'pending-arrivals', query: ContingentQuery) {
  return [...studentsQueryKey(organizationId), list, query] as const;
}

export function schoolMovesKey(organizationId: number, side: 'sending' | 'receiving', states: string) {
  return [...studentsQueryKey(organizationId), 'school-moves', side, states] as const;
}

/** Returns the query parameters of a student tab, as the departure and arrival lists take them. */
export function listParams(query: ContingentQuery) {
  return { grade: query.grade, letter: query.letter, q: query.q.trim(), page: query.page, pageSize: query.pageSize };
}
