import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses } from '../../http/schemas.js';
import { listDictionaries } from './list-dictionaries.js';
import { createDictionaryEntry, updateDictionaryEntry } from './save-entry.js';

const names = z.object({ kk: z.string().max(300), ru: z.string().max(300), en: z.string().max(300) });

const entrySchema = z.object({
  code: z.string(),
  names: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  active: z.boolean(),
  flags: z.array(z.string()).describe('Rules test flags, never labels: requires_country, continues_at_school, external_study, altyn_belgi'),
  grades: z.array(z.number().int()).describe('Grades the entry applies to; empty means every grade'),
});

const dictionaryParams = z.object({ dictionary: z.string().max(64) });

export function dictionaryRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/dictionaries',
    { config: { access: 'signed-in' }, schema: { tags: ['dictionaries'], response: { 200: z.record(z.string(), z.array(entrySchema)), ...errorResponses } } },
    async () => listDictionaries(context.db),
  );

  routes.post(
    '/api/v1/admin/dictionaries/:dictionary',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['administration'],
        description: 'Add an entry to a dictionary; the countries list is fixed.',
        params: dictionaryParams,
        body: z.object({ code: z.string().max(64).describe('a-z, 0-9 and _'), names, active: z.boolean().optional() }).strict(),
        response: { 201: entrySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const entry = await createDictionaryEntry(context.db, request.params.dictionary, request.body, { actorUserId: currentUser(request).id, now: context.clock.now() });
      return reply.status(201).send(entry);
    },
  );

  routes.patch(
    '/api/v1/admin/dictionaries/:dictionary/:code',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['administration'],
        description: 'Rename an entry or switch it on or off. Switched-off entries stay on the records that hold them and are no longer offered.',
        params: dictionaryParams.extend({ code: z.string().max(64) }),
        body: z.object({ names: names.partial().strict().optional(), active: z.boolean().optional() }).strict(),
        response: { 200: entrySchema, ...errorResponses },
      },
    },
    async (request) =>
      updateDictionaryEntry(context.db, request.params.dictionary, request.params.code, request.body, { actorUserId: currentUser(request).id, now: context.clock.now() }),
  );
}
