import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { StudentDetail, StudentPatch } from './types.js';
import { movementsQueryKey } from './trajectory/useMovements.js';
import { studentQueryKey } from './useStudent.js';

/** Sends the changed fields by PATCH. The response replaces the cached student; the trajectory and the lists refetch. */
export function useUpdateStudent(studentId: number) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (patch: StudentPatch) => api.patch<StudentDetail>(`/students/${studentId}`, patch),
    onSuccess: (student) => {
      queryClient.setQueryData(studentQueryKey(studentId), student);
      // A changed grade, letter or study form adds a movement to the trajectory.
      void queryClient.invalidateQueries({ queryKey: movementsQueryKey(studentId) });
      void queryClient.invalidateQueries({ queryKey: ['organizations', student.enrolment.organizationId, 'students'] });
    },
  });
}
