import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { ContingentQuery } from '../contingent/types.js';
import { graduatesKey } from './queryKeys.js';
import type { GraduatePage } from './types.js';

/** Loads one page of the school's graduates. The endpoint filters by grade and search text only, not by letter. */
export function useGraduates(organizationId: number, query: ContingentQuery) {
  const params = { grade: query.grade, q: query.q.trim(), page: query.page, pageSize: query.pageSize };

  return useQuery({
    queryKey: graduatesKey(organizationId, params),
    queryFn: () => api.get<GraduatePage>(`/organizations/${organizationId}/graduates`, params),
    placeholderData: keepPreviousData,
  });
}
