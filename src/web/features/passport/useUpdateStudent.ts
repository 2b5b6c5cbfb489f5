import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { StudentDetail, StudentPatch } from './types.js';
import { studentQueryKey } from './useStudent.js';

/** Sends the changed fields by PATCH. The response replaces the cached student, and the lists refetch for the new fill statistics. */
export function useUpdateStudent(studentId: number) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (patch: StudentPatch) => api.patch<StudentDetail>(`/students/${studentId}`, patch),
    onSuccess: (student) => {
      queryClient.setQueryData(studentQueryKey(studentId), student);
      void queryClient.invalidateQueries({ queryKey: ['organizations', student.enrolment.organizationId, 'students'] });
    },
  });
}
