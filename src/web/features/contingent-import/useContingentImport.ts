import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { studentsQueryKey } from '../contingent/useStudents.js';
import type { ImportPreview, ImportResult } from './types.js';

/** Sends the file for a check that writes nothing. */
export function useImportPreview(organizationId: number) {
  return useMutation({
    mutationFn: (file: File) => api.upload<ImportPreview>(`/organizations/${organizationId}/contingent-import/preview`, file),
  });
}

/** Imports the file; afterwards every student list of the school refetches. */
export function useImportCommit(organizationId: number) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (file: File) => api.upload<ImportResult>(`/organizations/${organizationId}/contingent-import`, file),
    onSettled: () => queryClient.invalidateQueries({ queryKey: studentsQueryKey(organizationId) }),
  });
}
