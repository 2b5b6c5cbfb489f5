import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idempotencyHeaders, idParam } from '../../http/schemas.js';
import { studentDetail } from '../students/schemas.js';
import { graduateStudents } from './graduate-students.js';
import { listGraduationCandidates } from './list-candidates.js';
import { listGraduates } from './list-graduates.js';
import { graduateBody, graduateResult, graduatesQuery, graduatesSchema, graduationCandidatesQuery, graduationCandidatesSchema } from './schemas.js';
import { undoGraduation } from './undo-graduation.js';

export function graduationRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const organizationParams = z.object({ orgId: idParam });

  routes.get(
    '/api/v1/organizations/:orgId/graduation',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['graduation'],
        description: 'The active students of grade 9 or of the final grade: those ready to graduate and those with indicators to fill.',
        params: organizationParams,
        querystring: graduationCandidatesQuery,
        response: { 200: graduationCandidatesSchema, ...errorResponses },
      },
    },
    async (request) => listGraduationCandidates(context.db, request.params.orgId, request.query.grade, context.clock.today()),
  );

  routes.post(
    '/api/v1/organizations/:orgId/graduation',
    {
      config: { idempotent: true, access: { organization: 'params.orgId', student: 'body.studentIds', mode: 'write' } },
      schema: {
        tags: ['graduation'],
        description:
          'Graduate the selected students in one batch. One student who fails a rule rejects the whole request, and `errors` names every student and field at fault.',
        headers: idempotencyHeaders,
        params: organizationParams,
        body: graduateBody,
        response: { 200: graduateResult, ...errorResponses },
      },
    },
    async (request) => graduateStudents(context, currentUser(request), request.params.orgId, request.body),
  );

  routes.post(
    '/api/v1/students/:id/graduation/undo',
    {
      config: { idempotent: true, access: { student: 'params.id', mode: 'write' } },
      schema: {
        tags: ['graduation'],
        description: 'Return a graduate to the contingent exactly as before. Allowed on the day of the graduation and the 14 days after, while it is the student\'s latest movement.',
        headers: idempotencyHeaders,
        params: z.object({ id: idParam }),
        response: { 200: z.object({ movementId: z.number().int(), student: studentDetail }), ...errorResponses },
      },
    },
    async (request) => undoGraduation(context, currentUser(request), request.params.id),
  );

  routes.get(
    '/api/v1/organizations/:orgId/graduates',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['graduation'],
        description: 'A page of the school\'s graduates with the graduation year and whether the graduation can still be undone.',
        params: organizationParams,
        querystring: graduatesQuery,
        response: { 200: graduatesSchema, ...errorResponses },
      },
    },
    async (request) => listGraduates(context.db, request.params.orgId, request.query, context.clock.now()),
  );
}
