import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { StudentDetail } from '../passport/types.js';
import { studentQueryKey } from '../passport/useStudent.js';
import { studentsQueryKey } from '../contingent/useStudents.js';
import type { DepartureRequest } from './types.js';

/**
 * Returns a mutation whose result refreshes every student list of the school,
 * after a rejection too, because a rejection can come from a change another
 * user made meanwhile.
 */
function useSchoolMutation<Variables, Result>(organizationId: number, send: (variables: Variables) => Promise<Result>, studentOf?: (variables: Variables) => number) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: send,
    onSettled: (_result, _error, variables) => {
      void queryClient.invalidateQueries({ queryKey: studentsQueryKey(organizationId) });
      if (studentOf) void queryClient.invalidateQueries({ queryKey: studentQueryKey(studentOf(variables)) });
    },
  });
}

export function useProcessDeparture(organizationId: number) {
  return useSchoolMutation(
    organizationId,
    ({ studentId, request }: { studentId: number; request: DepartureRequest }) =>
      api.post<{ movementId: number; moveId: number | null; student: StudentDetail }>(`/students/${studentId}/departure`, request),
    ({ studentId }) => studentId,
  );
}

export function useCancelDeparture(organizationId: number) {
  return useSchoolMutation(
    organizationId,
    ({ moveId }: { moveId: number; studentId: number }) => api.post<{ movementId: number }>(`/school-moves/${moveId}/cancel`),
    ({ studentId }) => studentId,
  );
}

export function useDeclineRequest(organizationId: number) {
  return useSchoolMutation(organizationId, ({ moveId, reason }: { moveId: number; reason: string }) => api.post<{ moveId: number }>(`/school-moves/${moveId}/decline`, { reason }));
}
