import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { StudentDetail } from '../passport/types.js';
import { studentsQueryKey } from './useStudents.js';

export interface NewStudent {
  iin: string;
  lastName: string;
  firstName: string;
  middleName?: string;
  grade: number;
  letter: string;
  studyForm: string;
}

export function useCreateStudent(organizationId: number) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (student: NewStudent) => api.post<StudentDetail>(`/organizations/${organizationId}/students`, student),
    onSuccess: (student) => {
      queryClient.setQueryData(['students', student.id], student);
      void queryClient.invalidateQueries({ queryKey: studentsQueryKey(organizationId) });
    },
  });
}
