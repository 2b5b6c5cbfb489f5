import type { Role } from '../../../domain/roles.js';
import type { Names } from '../../shared/localizedName.js';

export interface AdminUser {
  id: number;
  username: string;
  role: Role;
  organizationId: number | null;
  organizationNames: Names | null;
  territoryKato: string | null;
  territoryNames: Names | null;
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface UserForm {
  username: string;
  role: Role;
  organizationId?: number | null;
  territoryKato?: string | null;
  password?: string;
  disabled?: boolean;
}

export interface School {
  id: number;
  nameKk: string;
  nameRu: string;
  kato: string;
  finalGrade: number;
}

export interface AuditEntry {
  id: number;
  name: string;
  createdAt: string;
  actor: { id: number; username: string } | null;
  organizationId: number | null;
  subjectId: number | null;
  data: Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface TerritoryOption {
  kato: string;
  level: string;
  names: Names;
}
