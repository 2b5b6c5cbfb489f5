import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.js';
import type { SessionUser } from './types.js';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** Loads the logged-in user, or null when there is no session (the server returns 401). */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: async (): Promise<SessionUser | null> => {
      try {
        return await api.get<SessionUser>('/auth/me');
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}
