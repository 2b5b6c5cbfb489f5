import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { dateString, errorResponses } from '../../http/schemas.js';
import { listAuditEventNames, listAuditEvents } from './list-events.js';

const auditQuery = z.object({
  name: z.string().trim().max(64).optional().describe('An event name such as auth.login_failed, or a prefix ending in a dot such as auth.'),
  userId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('Events done by this account or about it'),
  organizationId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  from: dateString.optional().describe('First Almaty date, included'),
  to: dateString.optional().describe('Last Almaty date, included'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const auditEntry = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  actor: z.object({ id: z.number().int(), username: z.string() }).nullable(),
  organizationId: z.number().int().nullable(),
  subjectId: z.number().int().nullable().describe('The account, student or school the event is about'),
  data: z.record(z.string(), z.unknown()).describe('Field names, ids, counts and client addresses; never personal data'),
});

/** Register the audit log routes, for administrators: logins, failed logins, account and data changes, exports. */
export function auditRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/admin/audit',
    {
      config: { access: 'admin' },
      schema: { tags: ['administration'], description: 'A page of the audit log, newest first.', querystring: auditQuery, response: { 200: z.object({ items: z.array(auditEntry), total: z.number().int() }), ...errorResponses } },
    },
    async (request) => {
      const page = await listAuditEvents(context.db, request.query);
      return { items: page.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })), total: page.total };
    },
  );

  routes.get(
    '/api/v1/admin/audit/names',
    { config: { access: 'admin' }, schema: { tags: ['administration'], description: 'The event names in the log.', response: { 200: z.array(z.string()), ...errorResponses } } },
    async () => listAuditEventNames(context.db),
  );
}
