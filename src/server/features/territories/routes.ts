import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/schemas.js';
import { getTerritory, searchTerritories } from './get-territory.js';

const names = z.object({ kk: z.string(), ru: z.string() });
const territoryStep = z.object({ kato: z.string(), level: z.string(), names });

export function territoryRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/territories',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['territories'],
        description: 'Search the KATO classifier by a part of the name or code, for the administration forms.',
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          level: z.enum(['country', 'oblast', 'district', 'sub_district', 'settlement']).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: z.array(territoryStep), ...errorResponses },
      },
    },
    async (request) => searchTerritories(context.db, { q: request.query.q, levels: request.query.level ? [request.query.level] : undefined, limit: request.query.limit }),
  );

  routes.get(
    '/api/v1/territories/:kato',
    {
      config: { access: { territory: 'params.kato', mode: 'read' } },
      schema: {
        tags: ['territories'],
        description: 'A territory with its path from the country.',
        params: z.object({ kato: z.string().regex(/^\d{9}$/) }),
        response: { 200: territoryStep.extend({ path: z.array(territoryStep) }), ...errorResponses },
      },
    },
    async (request) => getTerritory(context.db, request.params.kato),
  );
}
