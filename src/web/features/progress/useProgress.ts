import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { ProgressGrouping, TerritoryProgress } from './types.js';

export interface ProgressQuery {
  kato: string;
  grouping?: ProgressGrouping;
  schoolYear?: number;
}

/** Loads the year-end progress of a territory; the previous table stays on screen while another loads. */
export function useProgress({ kato, grouping, schoolYear }: ProgressQuery) {
  return useQuery({
    queryKey: ['progress', kato, grouping ?? null, schoolYear ?? null],
    queryFn: () => api.get<TerritoryProgress>(`/territories/${kato}/progress`, { by: grouping, schoolYear }),
    placeholderData: keepPreviousData,
  });
}
