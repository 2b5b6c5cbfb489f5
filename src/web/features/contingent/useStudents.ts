import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { ContingentQuery, StudentPage } from './types.js';

export function studentsQueryKey(organizationId: number, query?: ContingentQuery) {
  return query ? (['organizations', organizationId, 'students', query] as const) : (['organizations', organizationId, 'students'] as const);
}

/** Loads one page of the school's students, filtered and sorted (grade, letter, name) by the server. */
export function useStudents(organizationId: number, query: ContingentQuery) {
  return useQuery({
    queryKey: studentsQueryKey(organizationId, query),
    queryFn: () =>
      api.get<StudentPage>(`/organizations/${organizationId}/students`, {
        status: query.status,
        grade: query.grade,
        letter: query.letter,
        q: query.q.trim(),
        page: query.page,
        pageSize: query.pageSize,
      }),
    placeholderData: keepPreviousData,
  });
}
