import type { SessionUser } from '../features/auth/sessions.js';
import { notFound } from './errors.js';

/**
 * Tell whether the user may change the school's data: an operator in their
 * school, an administrator in every school. District, region and ministry
 * staff only read, through the route's access rule.
 */
export function canAccessOrganization(user: SessionUser, organizationId: number): boolean {
  return user.role === 'admin' || (user.role === 'operator' && user.organizationId === organizationId);
}

/**
 * Check a write again inside its transaction, against the rows it locked:
 * the route's access rule ran before the lock, and a student may have moved
 * to another school in between. Throws a 404, the same as for a school that
 * does not exist, so ids of other schools reveal nothing.
 */
export function assertOrganizationAccess(user: SessionUser, organizationId: number, code = 'organization.not_found'): void {
  if (!canAccessOrganization(user, organizationId)) throw notFound(code);
}
