import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { StudentDetail } from './types.js';

export function studentQueryKey(studentId: number) {
  return ['students', studentId] as const;
}

export function useStudent(studentId: number) {
  return useQuery({
    queryKey: studentQueryKey(studentId),
    queryFn: () => api.get<StudentDetail>(`/students/${studentId}`),
    enabled: Number.isInteger(studentId) && studentId > 0,
  });
}
