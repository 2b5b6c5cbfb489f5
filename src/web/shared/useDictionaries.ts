import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.js';
import type { Language } from '../../i18n/resources.js';

export interface DictionaryEntry {
  code: string;
  names: { kk: string; ru: string; en: string };
  active: boolean;
  flags: string[];
  /** Grades the entry applies to; empty means every grade. */
  grades: number[];
}

export type Dictionaries = Record<string, DictionaryEntry[]>;

export function useDictionaries() {
  return useQuery({
    queryKey: ['dictionaries'],
    queryFn: () => api.get<Dictionaries>('/dictionaries'),
    staleTime: 30 * 60_000,
  });
}

/**
 * Options of a Select for one dictionary: active entries that apply to the
 * grade, plus the current value even when it is no longer offered, so a stored
 * inactive code still shows its name.
 */
export function dictionaryOptions(
  entries: DictionaryEntry[] | undefined,
  language: Language,
  grade?: number | null,
  currentValue?: unknown,
): { value: string; label: string }[] {
  return (entries ?? [])
    .filter((entry) => {
      if (entry.code === currentValue) return true;
      if (!entry.active) return false;
      return grade == null || entry.grades.length === 0 || entry.grades.includes(grade);
    })
    .map((entry) => ({ value: entry.code, label: entry.names[language] }));
}
