import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { useCurrentOrganizationId } from './useCurrentOrganizationId.js';
import type { Organization } from './types.js';

export function organizationQueryKey(organizationId: number | null | undefined) {
  return ['organizations', organizationId] as const;
}

/** Loads the current school: the operator's own, or the one an administrator chose. Disabled until there is one. */
export function useOrganization() {
  const organizationId = useCurrentOrganizationId();

  return useQuery({
    queryKey: organizationQueryKey(organizationId),
    queryFn: () => api.get<Organization>(`/organizations/${organizationId}`),
    enabled: organizationId !== null,
    staleTime: 10 * 60_000,
  });
}
