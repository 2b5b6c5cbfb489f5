import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { ContingentQuery } from '../contingent/types.js';
import { studentsQueryKey } from '../contingent/useStudents.js';
import { departureListKey, listParams } from '../departures/queryKeys.js';
import type { Page } from '../departures/types.js';
import type { StudentDetail } from '../passport/types.js';
import type { AcceptRequest, ArrivalRequest, PendingArrivalItem, SchoolView } from './types.js';

/** Loads one page of the Pending arrival tab. */
export function usePendingArrivals(organizationId: number, query: ContingentQuery) {
  return useQuery({
    queryKey: departureListKey(organizationId, 'pending-arrivals', query),
    queryFn: () => api.get<Page<PendingArrivalItem>>(`/organizations/${organizationId}/pending-arrivals`, listParams(query)),
    placeholderData: keepPreviousData,
  });
}

/** Returns a mutation that refreshes every student list of the school when it settles, after a rejection too. */
function useSchoolMutation<Variables, Result>(organizationId: number, send: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: studentsQueryKey(organizationId) }),
  });
}

export function useAcceptArrival(organizationId: number) {
  return useSchoolMutation(organizationId, ({ moveId, request }: { moveId: number; request: AcceptRequest }) =>
    api.post<{ movementId: number; student: StudentDetail }>(`/school-moves/${moveId}/accept`, request),
  );
}

export function useRejectArrival(organizationId: number) {
  return useSchoolMutation(organizationId, ({ moveId, reason }: { moveId: number; reason: string }) =>
    api.post<{ movementId: number }>(`/school-moves/${moveId}/reject`, { reason }),
  );
}

export function useRegisterArrival(organizationId: number) {
  return useSchoolMutation(organizationId, (request: ArrivalRequest) => api.post<StudentDetail>(`/organizations/${organizationId}/arrivals`, request));
}

export function useRequestMove(organizationId: number) {
  return useSchoolMutation(organizationId, (iin: string) => api.post<{ moveId: number; school: SchoolView }>(`/organizations/${organizationId}/move-requests`, { iin }));
}

export function useWithdrawRequest(organizationId: number) {
  return useSchoolMutation(organizationId, (moveId: number) => api.post<{ moveId: number }>(`/school-moves/${moveId}/withdraw`));
}
