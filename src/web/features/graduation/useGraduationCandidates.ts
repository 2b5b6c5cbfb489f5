import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { graduationCandidatesKey } from './queryKeys.js';
import type { GraduationCandidates } from './types.js';

/** Loads the active students of one graduating grade: those ready to graduate and those with indicators to fill. */
export function useGraduationCandidates(organizationId: number, grade: number) {
  return useQuery({
    queryKey: graduationCandidatesKey(organizationId, grade),
    queryFn: () => api.get<GraduationCandidates>(`/organizations/${organizationId}/graduation`, { grade }),
  });
}
