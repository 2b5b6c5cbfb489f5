import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { getOrganization } from './get-organization.js';

const names = z.object({ kk: z.string(), ru: z.string() });

export const organizationSchema = z.object({
  id: z.number().int(),
  names,
  kato: z.string(),
  finalGrade: z.number().int(),
  territoryPath: z.array(z.object({ kato: z.string(), level: z.string(), names })),
});

export function organizationRoutes(app: FastifyInstance, context: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
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
