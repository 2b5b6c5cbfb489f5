import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/schemas.js';
import { listDictionaries } from './list-dictionaries.js';

const entrySchema = z.object({
  code: z.string(),
  names: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  active: z.boolean(),
  flags: z.array(z.string()).describe('Rules test flags, never labels: requires_country, continues_at_school, external_study, altyn_belgi'),
  grades: z.array(z.number().int()).describe('Grades the entry applies to; empty means every grade'),
});

export function dictionaryRoutes(app: FastifyInstance, context: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/dictionaries',
    { schema: { tags: ['dictionaries'], response: { 200: z.record(z.string(), z.array(entrySchema)), ...errorResponses } } },
    async () => listDictionaries(context.db),
  );
}
