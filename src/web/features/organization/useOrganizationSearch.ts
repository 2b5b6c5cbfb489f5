import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { OrganizationSummary } from './types.js';

/** Search the schools the user may open, by a part of the name, the id or the KATO code. */
export function useOrganizationSearch(text: string, enabled: boolean) {
  return useQuery({
    queryKey: ['organizations', 'search', text],
    queryFn: () => api.get<{ items: OrganizationSummary[]; total: number }>('/organizations', { q: text || undefined, pageSize: 20 }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
