import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { useIdempotencyHeaders } from '../../api/idempotency.js';
import { studentsQueryKey } from '../contingent/useStudents.js';
import { admissionListKey, transferListKey, yearEndSummaryKey } from './queryKeys.js';
import type { AdmissionList, TransferList, YearEndSummary } from './types.js';

export function useTransferList(organizationId: number, state: 'not_transferred' | 'transferred') {
  return useQuery({
    queryKey: transferListKey(organizationId, state),
    queryFn: () => api.get<TransferList>(`/organizations/${organizationId}/transfer`, { state }),
  });
}

export function useAdmissionList(organizationId: number, state: 'not_admitted' | 'admitted') {
  return useQuery({
    queryKey: admissionListKey(organizationId, state),
    queryFn: () => api.get<AdmissionList>(`/organizations/${organizationId}/admission`, { state }),
  });
}

export function useYearEndSummary(organizationId: number) {
  return useQuery({
    queryKey: yearEndSummaryKey(organizationId),
    queryFn: () => api.get<YearEndSummary>(`/organizations/${organizationId}/year-end`),
  });
}

/**
 * Posts a bulk year-end action (transfer, admission). Afterwards every student
 * list of the school refetches, after a rejection too, because a rejection can
 * come from a change another user made meanwhile.
 */
export function useYearEndAction<Body, Result>(organizationId: number, action: 'transfer' | 'admission') {
  const queryClient = useQueryClient();
  const idempotencyHeaders = useIdempotencyHeaders();

  return useMutation({
    mutationFn: (body: Body) => api.post<Result>(`/organizations/${organizationId}/${action}`, body, idempotencyHeaders(body)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: studentsQueryKey(organizationId) }),
  });
}
