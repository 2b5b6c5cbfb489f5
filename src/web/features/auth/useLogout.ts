import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { chooseOrganization } from '../organization/useCurrentOrganizationId.js';
import { ME_QUERY_KEY } from './useMe.js';

/**
 * Ends this session, or with 'everywhere' every session of the user on every
 * device, and drops every cached response, because they belonged to that user.
 */
export function useLogout() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (scope: 'this' | 'everywhere' = 'this') => api.post<unknown>(scope === 'everywhere' ? '/auth/logout-everywhere' : '/auth/logout'),
    onSettled: () => {
      // The next user of this browser may not be allowed to open the school chosen now.
      chooseOrganization(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'health' });
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}
