import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { getOrganization } from './get-organization.js';
import { listOrganizations } from './list-organizations.js';

const names = z.object({ kk: z.string(), ru: z.string() });

export const organizationSchema = z.object({
  id: z.number().int(),
  names,
  kato: z.string(),
  finalGrade: z.number().int(),
  territoryPath: z.array(z.object({ kato: z.string(), level: z.string(), names })),
});

const organizationListQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Part of the name, the id or the KATO code'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

const organizationListSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), names, kato: z.string(), finalGrade: z.number().int() })),
  total: z.number().int(),
});

export function organizationRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/organizations',
    {
      schema: {
        tags: ['organizations'],
        description: 'The schools the user may open: all for an administrator, one for an operator.',
        querystring: organizationListQuery,
        response: { 200: organizationListSchema, ...errorResponses },
      },
    },
    async (request) => listOrganizations(context.db, currentUser(request), request.query),
  );

  routes.get(
    '/api/v1/organizations/:orgId',
    {
      schema: {
        tags: ['organizations'],
        params: z.object({ orgId: idParam }),
        response: { 200: organizationSchema, ...errorResponses },
      },
    },
    async (request) => {
      assertOrganizationAccess(currentUser(request), request.params.orgId);
      return getOrganization(context.db, request.params.orgId);
    },
  );
}
