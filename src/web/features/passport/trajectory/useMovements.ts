import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.js';
import { studentQueryKey } from '../useStudent.js';
import type { Movement } from './types.js';

export function movementsQueryKey(studentId: number) {
  return [...studentQueryKey(studentId), 'movements'] as const;
}

/** Loads the student's movements, oldest first. */
export function useMovements(studentId: number) {
  return useQuery({
    queryKey: movementsQueryKey(studentId),
    queryFn: () => api.get<Movement[]>(`/students/${studentId}/movements`),
  });
}
