import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { useMe } from '../auth/useMe.js';
import type { Organization } from './types.js';

export function organizationQueryKey(organizationId: number | null | undefined) {
  return ['organizations', organizationId] as const;
}

/** Loads the school of the logged-in user. The query stays disabled for users bound to no school (administrators). */
export function useOrganization() {
  const me = useMe();
  const organizationId = me.data?.organizationId ?? null;

  return useQuery({
    queryKey: organizationQueryKey(organizationId),
    queryFn: () => api.get<Organization>(`/organizations/${organizationId}`),
    enabled: organizationId !== null,
    staleTime: 10 * 60_000,
  });
}
