import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { ME_QUERY_KEY } from './useMe.js';

/** Ends the session and drops every cached response, because they belonged to that user. */
export function useLogout() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: () => api.post<null>('/auth/logout'),
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'health' });
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}
