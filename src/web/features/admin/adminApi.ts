import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Role } from '../../../domain/roles.js';
import type { DictionaryEntry } from '../../shared/useDictionaries.js';
import type { OrganizationSummary } from '../organization/types.js';
import type { AdminUser, AuditEntry, Page, School, TerritoryOption, UserForm } from './types.js';

export function useAdminUsers(query: { q?: string; role?: Role; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['admin', 'users', query],
    queryFn: () => api.get<Page<AdminUser>>('/admin/users', { q: query.q, role: query.role, page: query.page, pageSize: query.pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** Creates an account, or changes one when `id` is given; the generated password comes back once. */
export function useSaveUser() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ id, form }: { id: number | null; form: UserForm }) => {
      if (id === null) return api.post<{ password: string | null }>('/admin/users', form);

      const { role, organizationId, territoryKato, disabled } = form;
      return api.patch<unknown>(`/admin/users/${id}`, { role, organizationId: organizationId ?? null, territoryKato: territoryKato ?? null, disabled }).then(() => ({ password: null }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (userId: number) => api.post<{ password: string }>(`/admin/users/${userId}/password`, {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useUnlockUser() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (userId: number) => api.post<null>(`/admin/users/${userId}/unlock`, {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useSchools(query: { q?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['organizations', 'admin', query],
    queryFn: () => api.get<Page<OrganizationSummary>>('/organizations', query),
    placeholderData: keepPreviousData,
  });
}

export function useSaveSchool() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ existing, school }: { existing: boolean; school: School }) => {
      if (!existing) return api.post<School>('/admin/organizations', school);

      const { id, ...change } = school;
      return api.patch<School>(`/admin/organizations/${id}`, change);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['organizations'] }),
  });
}

export function useSaveEntry(dictionary: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ existing, entry }: { existing: boolean; entry: Pick<DictionaryEntry, 'code' | 'names'> & { active?: boolean } }) =>
      existing
        ? api.patch<DictionaryEntry>(`/admin/dictionaries/${dictionary}/${entry.code}`, { names: entry.names, active: entry.active })
        : api.post<DictionaryEntry>(`/admin/dictionaries/${dictionary}`, entry),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['dictionaries'] }),
  });
}

export function useAudit(query: { name?: string; organizationId?: number; from?: string; to?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['admin', 'audit', query],
    queryFn: () => api.get<Page<AuditEntry>>('/admin/audit', query),
    placeholderData: keepPreviousData,
  });
}

export function useAuditNames() {
  return useQuery({ queryKey: ['admin', 'audit', 'names'], queryFn: () => api.get<string[]>('/admin/audit/names') });
}

export function useTerritorySearch(text: string, level: string | undefined) {
  return useQuery({
    queryKey: ['territories', 'search', text, level ?? null],
    queryFn: () => api.get<TerritoryOption[]>('/territories', { q: text || undefined, level }),
    placeholderData: keepPreviousData,
  });
}
