import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { useIdempotencyHeaders } from '../../api/idempotency.js';
import { studentsQueryKey } from '../contingent/useStudents.js';
import type { GraduationRequest, GraduationResult } from './types.js';

/**
 * Graduates the selected students in one request. Afterwards every student
 * list of the school refetches, after a rejection too, because a rejection can
 * come from a change another user made meanwhile.
 */
export function useGraduate(organizationId: number) {
  const queryClient = useQueryClient();
  const idempotencyHeaders = useIdempotencyHeaders();

  return useMutation({
    mutationFn: (request: GraduationRequest) => api.post<GraduationResult>(`/organizations/${organizationId}/graduation`, request, idempotencyHeaders(request)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: studentsQueryKey(organizationId) }),
  });
}
