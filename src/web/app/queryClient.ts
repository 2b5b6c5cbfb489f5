import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client.js';
import { ME_QUERY_KEY } from '../features/auth/useMe.js';

/** A 401 on any request means the session ended, so the cached user is dropped and RequireAuth shows the login page. */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      if (isApiError(error) && error.status === 401) queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  }),
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
});
