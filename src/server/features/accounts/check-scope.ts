import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { organizations, territories, type UserRole } from '../../../db/schema.js';
import { scopeRequirement } from '../../../domain/roles.js';
import type { FieldError } from '../../http/errors.js';

/** The binding of an account: the school of an operator, the territory of district and region staff. */
export interface AccountScope {
  organizationId: number | null;
  territoryKato: string | null;
}

/**
 * Check that the scope fits the role: an operator needs a school, district
 * and region staff need a territory of the district or oblast level, ministry
 * staff and administrators have neither. Reads the school and the territory
 * to check that they exist.
 */
export async function checkAccountScope(db: Executor, role: UserRole, scope: AccountScope): Promise<FieldError[]> {
  const requirement = scopeRequirement(role);
  const errors: FieldError[] = [];

  if (requirement.kind === 'organization') {
    if (scope.organizationId === null) errors.push({ field: 'organizationId', code: 'user.organization_required' });
    else if (!(await organizationExists(db, scope.organizationId))) {
      errors.push({ field: 'organizationId', code: 'user.organization_not_found', params: { organizationId: scope.organizationId } });
    }
  } else if (scope.organizationId !== null) {
    errors.push({ field: 'organizationId', code: 'user.organization_not_allowed', params: { role } });
  }

  if (requirement.kind === 'territory') {
    errors.push(...(await checkTerritory(db, scope.territoryKato, requirement.level)));
  } else if (scope.territoryKato !== null) {
    errors.push({ field: 'territoryKato', code: 'user.territory_not_allowed', params: { role } });
  }

  return errors;
}

async function checkTerritory(db: Executor, kato: string | null, level: 'district' | 'oblast'): Promise<FieldError[]> {
  if (kato === null) return [{ field: 'territoryKato', code: 'user.territory_required', params: { level } }];

  const [territory] = await db.select({ level: territories.level }).from(territories).where(eq(territories.kato, kato));
  if (!territory) return [{ field: 'territoryKato', code: 'user.territory_not_found', params: { kato } }];
  if (territory.level !== level) return [{ field: 'territoryKato', code: 'user.territory_level', params: { kato, level } }];

  return [];
}

async function organizationExists(db: Executor, organizationId: number): Promise<boolean> {
  const [organization] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId));
  return organization !== undefined;
}
