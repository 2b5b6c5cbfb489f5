import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { studentsQueryKey } from '../contingent/useStudents.js';
import type { StudentDetail } from '../passport/types.js';
import { studentQueryKey } from '../passport/useStudent.js';

/** Returns a graduate to the contingent; the response replaces the cached passport and the school's lists refetch. */
export function useUndoGraduation(organizationId: number) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (studentId: number) => api.post<{ movementId: number; student: StudentDetail }>(`/students/${studentId}/graduation/undo`),
    onSuccess: ({ student }) => {
      queryClient.setQueryData(studentQueryKey(student.id), student);
      return queryClient.invalidateQueries({ queryKey: studentsQueryKey(organizationId) });
    },
  });
}
