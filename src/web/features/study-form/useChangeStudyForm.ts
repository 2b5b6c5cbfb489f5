import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { useIdempotencyHeaders } from '../../api/idempotency.js';
import { studentsQueryKey } from '../contingent/useStudents.js';

export interface StudyFormChange {
  studentIds: number[];
  studyForm: string;
  orderNumber?: string;
  orderDate?: string;
}

export interface StudyFormChangeResult {
  batchId: string | null;
  changed: number;
  unchanged: number;
}

/** Changes the study form of the selected students in one request; every student list of the school refetches afterwards, after a rejection too. */
export function useChangeStudyForm(organizationId: number) {
  const queryClient = useQueryClient();
  const idempotencyHeaders = useIdempotencyHeaders();

  return useMutation({
    mutationFn: (change: StudyFormChange) => api.post<StudyFormChangeResult>(`/organizations/${organizationId}/study-form`, change, idempotencyHeaders(change)),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: studentsQueryKey(organizationId) });
      void queryClient.invalidateQueries({ queryKey: ['students'] });
    },
  });
}
