/** Account roles, from the narrowest scope to the widest. */
export const ROLES = ['operator', 'district', 'region', 'ministry', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose scope is a KATO territory, read only. */
export const TERRITORY_ROLES = ['district', 'region'] as const;
export type TerritoryRole = (typeof TERRITORY_ROLES)[number];

/** The KATO level of the territory that each territory role is bound to. */
export const TERRITORY_LEVEL_OF_ROLE: Record<TerritoryRole, 'district' | 'oblast'> = {
  district: 'district',
  region: 'oblast',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isTerritoryRole(role: Role): role is TerritoryRole {
  return role === 'district' || role === 'region';
}

/** Tells whether the role may change school data: operators in their school, administrators anywhere. */
export function canWriteSchoolData(role: Role): boolean {
  return role === 'operator' || role === 'admin';
}

/** Tells whether the role watches many schools: district, region and ministry staff, and administrators. */
export function watchesTerritory(role: Role): boolean {
  return role !== 'operator';
}

/** What an account of the role must be bound to: a school, a territory of a given level, or nothing (the whole country). */
export type ScopeRequirement = { kind: 'organization' } | { kind: 'territory'; level: 'district' | 'oblast' } | { kind: 'none' };

export function scopeRequirement(role: Role): ScopeRequirement {
  if (role === 'operator') return { kind: 'organization' };
  if (isTerritoryRole(role)) return { kind: 'territory', level: TERRITORY_LEVEL_OF_ROLE[role] };
  return { kind: 'none' };
}
