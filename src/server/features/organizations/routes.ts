import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { getOrganization } from './get-organization.js';
import { listOrganizations } from './list-organizations.js';
import { createOrganization, updateOrganization } from './save-organization.js';

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

const organizationFields = {
  nameKk: z.string().max(300),
  nameRu: z.string().max(300),
  kato: z.string().max(9).describe('KATO code of the school\'s settlement'),
  finalGrade: z.number().int().min(11).max(13).describe('The school\'s last grade: 11, 12 or 13'),
};

const savedOrganization = z.object({ id: z.number().int(), ...organizationFields });

const createOrganizationBody = z.object({ id: z.number().int().positive().max(2_147_483_647).describe('The school\'s id in the national education database'), ...organizationFields }).strict();

const updateOrganizationBody = z
  .object({
    nameKk: organizationFields.nameKk.optional(),
    nameRu: organizationFields.nameRu.optional(),
    kato: organizationFields.kato.optional(),
    finalGrade: organizationFields.finalGrade.optional(),
  })
  .strict();

export function organizationRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/organizations',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['organizations'],
        description: 'The schools the user may open: all for an administrator and ministry staff, those of their territory for district and region staff, one for an operator.',
        querystring: organizationListQuery,
        response: { 200: organizationListSchema, ...errorResponses },
      },
    },
    async (request) => listOrganizations(context.db, currentUser(request), request.query),
  );

  routes.get(
    '/api/v1/organizations/:orgId',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['organizations'],
        params: z.object({ orgId: idParam }),
        response: { 200: organizationSchema, ...errorResponses },
      },
    },
    async (request) => getOrganization(context.db, request.params.orgId),
  );

  routes.post(
    '/api/v1/admin/organizations',
    {
      config: { access: 'admin' },
      schema: { tags: ['administration'], description: 'Register a school.', body: createOrganizationBody, response: { 201: savedOrganization, ...errorResponses } },
    },
    async (request, reply) => {
      const created = await createOrganization(context.db, request.body, { actorUserId: currentUser(request).id, now: context.clock.now() });
      return reply.status(201).send(created);
    },
  );

  routes.patch(
    '/api/v1/admin/organizations/:orgId',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['administration'],
        description: 'Change a school\'s names, KATO code or final grade.',
        params: z.object({ orgId: idParam }),
        body: updateOrganizationBody,
        response: { 200: savedOrganization, ...errorResponses },
      },
    },
    async (request) => updateOrganization(context.db, request.params.orgId, request.body, { actorUserId: currentUser(request).id, now: context.clock.now() }),
  );
}
