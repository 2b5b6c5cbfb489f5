import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { ContingentQuery } from '../contingent/types.js';
import { departureListKey, listParams, schoolMovesKey } from './queryKeys.js';
import type { DepartedItem, Page, PendingDepartureItem, SchoolMoveSummary } from './types.js';

/** Loads one page of the Departed tab. */
export function useDeparted(organizationId: number, query: ContingentQuery) {
  return useQuery({
    queryKey: departureListKey(organizationId, 'departed', query),
    queryFn: () => api.get<Page<DepartedItem>>(`/organizations/${organizationId}/departed`, listParams(query)),
    placeholderData: keepPreviousData,
  });
}

/** Loads one page of the Pending departure tab. */
export function usePendingDepartures(organizationId: number, query: ContingentQuery) {
  return useQuery({
    queryKey: departureListKey(organizationId, 'pending-departures', query),
    queryFn: () => api.get<Page<PendingDepartureItem>>(`/organizations/${organizationId}/pending-departures`, listParams(query)),
    placeholderData: keepPreviousData,
  });
}

/** Loads the school's moves out of it (sending) or into it (receiving) in the states, e.g. 'requested,declined'. */
export function useSchoolMoves(organizationId: number, side: 'sending' | 'receiving', states: string) {
  return useQuery({
    queryKey: schoolMovesKey(organizationId, side, states),
    queryFn: () => api.get<{ items: SchoolMoveSummary[] }>(`/organizations/${organizationId}/school-moves`, { side, states }),
  });
}
