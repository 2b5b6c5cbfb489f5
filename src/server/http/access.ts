import type { SessionUser } from '../features/auth/sessions.js';
import { notFound } from './errors.js';

/**
 * Tell whether the user may read and change the school's data. An operator works
 * in one school; an administrator in all of them.
 */
export function canAccessOrganization(user: SessionUser, organizationId: number): boolean {
  return user.role === 'admin' || user.organizationId === organizationId;
}

/**
 * Reject a request for another school's data with 404, the same response as for
 * a school that does not exist, so ids of other schools reveal nothing.
 */
export function assertOrganizationAccess(user: SessionUser, organizationId: number, code = 'organization.not_found'): void {
  if (!canAccessOrganization(user, organizationId)) throw notFound(code);
}
