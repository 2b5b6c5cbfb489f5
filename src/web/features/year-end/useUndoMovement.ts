import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { useIdempotencyHeaders } from '../../api/idempotency.js';
import { studentsQueryKey } from '../contingent/useStudents.js';
import type { StudentDetail } from '../passport/types.js';
import { studentQueryKey } from '../passport/useStudent.js';

/** The movements that have an undo endpoint, `/students/{id}/<kind>/undo`. */
export type UndoableKind = 'graduation' | 'transfer' | 'admission';

/**
 * Undoes a student's latest graduation, transfer or admission. The response
 * replaces the cached passport. The school's lists refetch after a refusal
 * too, so a movement that can no longer be undone loses its button.
 */
export function useUndoMovement(organizationId: number, kind: UndoableKind) {
  const queryClient = useQueryClient();
  const idempotencyHeaders = useIdempotencyHeaders();

  return useMutation({
    mutationFn: (studentId: number) => api.post<{ movementId: number; student: StudentDetail }>(`/students/${studentId}/${kind}/undo`, {}, idempotencyHeaders({ kind, studentId })),
    onSuccess: ({ student }) => queryClient.setQueryData(studentQueryKey(student.id), student),
    onSettled: () => queryClient.invalidateQueries({ queryKey: studentsQueryKey(organizationId) }),
  });
}
