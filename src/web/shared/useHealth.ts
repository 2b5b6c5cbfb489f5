import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.js';

export interface Health {
  status: 'ok';
  today: string;
  rehearsalDate: string | null;
}

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: () => api.get<Health>('/health'),
    staleTime: 5 * 60_000,
  });
}
