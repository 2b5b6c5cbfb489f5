import type { Role } from '../../../domain/roles.js';

export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  /** The school of an operator. */
  organizationId: number | null;
  /** The KATO territory of district and region staff. */
  territoryKato: string | null;
}

export interface Credentials {
  username: string;
  password: string;
}
