import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../db/client.js';
import { canWriteSchoolData } from '../../domain/roles.js';
import type { SessionUser } from '../features/auth/sessions.js';
import { currentOrganizationsOfStudents, isTerritoryWithin, organizationsWithin } from '../features/territories/scope.js';
import type { AccessRule, IdSource, ScopedAccess } from './access-rules.js';
import { forbidden, notFound, readOnly, unauthorized } from './errors.js';

/**
 * Check a request against its route's access rule. Reads outside the user's
 * scope answer 404 with the same code as a missing record, so ids of other
 * schools reveal nothing; a write by a read-only role answers 403.
 */
export async function authorize(db: Executor, request: FastifyRequest, rule: AccessRule): Promise<void> {
  if (rule === 'public') return;

  const user = request.user;
  if (!user) throw unauthorized();
  if (rule === 'signed-in') return;

  if (rule === 'admin') {
    if (user.role !== 'admin') throw forbidden();
    return;
  }

  await authorizeScoped(db, request, user, rule);
}

async function authorizeScoped(db: Executor, request: FastifyRequest, user: SessionUser, rule: ScopedAccess): Promise<void> {
  if (rule.mode === 'write' && !canWriteSchoolData(user.role)) throw readOnly();

  if (rule.organization) {
    const ids = readIds(request, rule.organization, 'organization.not_found');
    if (!(await mayAccessOrganizations(db, user, ids))) throw notFound('organization.not_found');
  }

  if (rule.student) {
    const ids = readIds(request, rule.student, 'student.not_found');
    const organizations = await currentOrganizationsOfStudents(db, ids);
    // A student without an enrolment gets the same response as a student of another school.
    if (ids.some((id) => !organizations.has(id))) throw notFound('student.not_found');
    if (!(await mayAccessOrganizations(db, user, [...new Set(organizations.values())]))) throw notFound('student.not_found');
  }

  if (rule.territory) {
    const kato = readValue(request, rule.territory);
    if (kato === undefined) return;
    if (typeof kato !== 'string' || !/^\d{9}$/.test(kato) || !(await mayAccessTerritory(db, user, kato))) throw notFound('territory.not_found');
  }
}

/** Tell whether the user's scope contains every one of the schools. Administrators and ministry staff see every school. */
async function mayAccessOrganizations(db: Executor, user: SessionUser, organizationIds: number[]): Promise<boolean> {
  if (organizationIds.length === 0) return true;

  switch (user.role) {
    case 'admin':
    case 'ministry':
      return true;
    case 'operator':
      return organizationIds.every((id) => id === user.organizationId);
    case 'district':
    case 'region': {
      if (user.territoryKato === null) return false;
      const within = await organizationsWithin(db, organizationIds, user.territoryKato);
      return organizationIds.every((id) => within.has(id));
    }
  }
}

async function mayAccessTerritory(db: Executor, user: SessionUser, kato: string): Promise<boolean> {
  switch (user.role) {
    case 'admin':
    case 'ministry':
      return true;
    case 'operator':
      return false;
    case 'district':
    case 'region':
      return user.territoryKato !== null && (await isTerritoryWithin(db, kato, user.territoryKato));
  }
}

function readValue(request: FastifyRequest, source: IdSource): unknown {
  const [part, name] = source.split('.') as ['params' | 'query' | 'body', string];
  const container = request[part] as Record<string, unknown> | undefined | null;

  return container && typeof container === 'object' ? container[name] : undefined;
}

/**
 * Read one id or a list of ids as the route's schema will coerce them
 * (`Number(value)`). A value that is no positive integer is refused here
 * rather than left to validation, so no id escapes the check.
 */
function readIds(request: FastifyRequest, source: IdSource, notFoundCode: string): number[] {
  const value = readValue(request, source);
  if (value === undefined || value === null) return [];

  const ids = (Array.isArray(value) ? value : [value]).map((item) => (typeof item === 'number' || typeof item === 'string' ? Number(item) : Number.NaN));
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw notFound(notFoundCode);

  return [...new Set(ids)];
}
