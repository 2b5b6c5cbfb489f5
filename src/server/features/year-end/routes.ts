import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { closingSchoolYear } from '../movements/closing-year.js';
import { loadYearEndSummary } from './load-summary.js';
import { yearEndSummarySchema } from './schemas.js';

export function yearEndRoutes(app: FastifyInstance, context: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/organizations/:orgId/year-end',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['year-end'],
        description: 'Per grade of the school year being closed: students still to process, not ready, graduated, transferred and admitted.',
        params: z.object({ orgId: idParam }),
        response: { 200: yearEndSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      assertOrganizationAccess(currentUser(request), request.params.orgId);
      return loadYearEndSummary(context.db, request.params.orgId, closingSchoolYear(context));
    },
  );
}
