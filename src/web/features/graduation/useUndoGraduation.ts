import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { studentsQueryKey } from '../contingent/useStudents.js';
import type { StudentDetail } from '../passport/types.js';
import { studentQueryKey } from '../passport/useStudent.js';

/**
 * Returns a graduate to the contingent. The response replaces the cached
 * passport. The school's lists refetch after a refusal too, so a graduation
 * that can no longer be undone loses its button.
 */
export function useUndoGraduation(organizationId: number) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (studentId: number) => api.post<{ movementId: number; student: StudentDetail }>(`/students/${studentId}/graduation/undo`),
    onSuccess: ({ student }) => queryClient.setQueryData(studentQueryKey(student.id), student),
    onSettled: () => queryClient.invalidateQueries({ queryKey: studentsQueryKey(organizationId) }),
  });
}
