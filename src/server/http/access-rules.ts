import type { RouteOptions, FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { authorize } from './authorize.js';

export const API_PREFIX = '/api/v1';

export type AccessMode = 'read' | 'write';

/** The place of ids in a request: `params.orgId`, `query.organizationId`, `body.studentIds`. */
export type IdSource = `${'params' | 'query' | 'body'}.${string}`;

/**
 * The school data a route touches. Each named field contains one id or a list of
 * ids; the request passes only if the user may `mode` every one of them. A
 * field that is absent from the request checks nothing, so name only fields
 * that the route's schema requires.
 */
export interface ScopedAccess {
  mode: AccessMode;
  /** Organization (school) ids. */
  organization?: IdSource;
  /** Student ids: the school of each student's current enrolment decides. */
  student?: IdSource;
  /** A KATO code: the territory itself and everything below it. */
  territory?: IdSource;
}

/**
 * The access rule every `/api/v1` route declares in `config.access`:
 * - `'public'`: no session needed (health, login, logout);
 * - `'signed-in'`: any session; the handler returns only what the user may
 *   see (lists filtered by scope, the user's own account);
 * - `'admin'`: administrators only;
 * - a ScopedAccess: the school data of the request, checked against the
 *   user's scope before the body is validated.
 */
export type AccessRule = 'public' | 'signed-in' | 'admin' | ScopedAccess;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyInstance {
    /** Every route of the server as it was registered, with its access rule. */
    routeTable: RegisteredRoute[];
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: AccessRule | undefined;
  /** The route's zod schemas, from which the fuzz test derives its malformed requests. */
  schema: RouteOptions['schema'];
}

/**
 * Make every `/api/v1` route carry an access rule, and check it on each
 * request in one hook. Registering a route without a rule, or with a rule
 * that names a path parameter the route does not have, throws at start.
 * Call it before any route is registered.
 */
export function registerAccessControl(app: FastifyInstance, context: AppContext): void {
  const routeTable: RegisteredRoute[] = [];
  app.decorate('routeTable', routeTable);

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const access = route.config?.access;

    if (route.url.startsWith(`${API_PREFIX}/`)) {
      const problem = accessRuleProblem(access, route.url);
      if (problem) throw new Error(`${methods.join(', ')} ${route.url}: ${problem}`);
    }

    for (const method of methods) if (method !== 'HEAD') routeTable.push({ method, url: route.url, access, schema: route.schema });
  });

  // After the body is parsed, before it is validated: a request for another
  // school's data is refused the same way whatever its other fields hold.
  app.addHook('preValidation', async (request) => {
    const rule = request.routeOptions.config?.access;
    if (rule !== undefined) await authorize(context.db, request, rule);
  });
}

/** Describe what is wrong with a route's rule, or return null when it is usable. */
export function accessRuleProblem(access: unknown, url: string): string | null {
  if (access === undefined) return 'the route has no access rule; add config.access (see AccessRule in src/server/http/access-rules.ts)';
  if (access === 'public' || access === 'signed-in' || access === 'admin') return null;

  if (typeof access !== 'object' || access === null) return `unknown access rule ${JSON.stringify(access)}`;

  const rule = access as Record<string, unknown>;
  if (rule.mode !== 'read' && rule.mode !== 'write') return 'a scoped access rule needs mode "read" or "write"';

  const sources = (['organization', 'student', 'territory'] as const).map((name) => rule[name]).filter((source) => source !== undefined);
  if (sources.length === 0) return 'a scoped access rule names no organization, student or territory field';

  for (const source of sources) {
    const match = typeof source === 'string' ? /^(params|query|body)\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(source) : null;
    if (!match) return `"${String(source)}" is not a field such as params.orgId or body.studentIds`;
    if (match[1] === 'params' && !url.split('/').includes(`:${match[2]}`)) return `the path has no parameter :${match[2]}`;
  }

  return null;
}
