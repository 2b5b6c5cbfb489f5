import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languageFromHeader } from '../../../i18n/translate.js';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { studentPageQuery } from '../departures/schemas.js';
import { studentDetail } from '../students/schemas.js';
import { acceptArrival } from './accept-arrival.js';
import { listPendingArrivals } from './list-pending-arrivals.js';
import { registerArrival } from './register-arrival.js';
import { rejectArrival } from './reject-arrival.js';
import { acceptArrivalBody, acceptArrivalResult, pendingArrivalPage, registerArrivalBody, rejectArrivalBody, rejectArrivalResult } from './schemas.js';

export function arrivalRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const organizationParams = z.object({ orgId: idParam });
  const moveParams = z.object({ id: idParam });

  routes.get(
    '/api/v1/organizations/:orgId/pending-arrivals',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['arrivals'],
        description: 'A page of the students other schools sent to this school and that wait for its acceptance.',
        params: organizationParams,
        querystring: studentPageQuery,
        response: { 200: pendingArrivalPage, ...errorResponses },
      },
    },
    async (request) => {
      assertOrganizationAccess(currentUser(request), request.params.orgId);
      return listPendingArrivals(context.db, request.params.orgId, request.query);
    },
  );

  routes.post(
    '/api/v1/school-moves/:id/accept',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['arrivals'],
        description: 'The receiving school accepts a pending move into a grade and letter; the enrolment and the passport move to it.',
        params: moveParams,
        body: acceptArrivalBody,
        response: { 200: acceptArrivalResult, ...errorResponses },
      },
    },
    async (request) => acceptArrival(context, currentUser(request), request.params.id, request.body),
  );

  routes.post(
    '/api/v1/school-moves/:id/reject',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['arrivals'],
        description: 'The receiving school rejects a pending move with a reason; the student returns to the sending school\'s contingent.',
        params: moveParams,
        body: rejectArrivalBody,
        response: { 200: rejectArrivalResult, ...errorResponses },
      },
    },
    async (request) => rejectArrival(context, currentUser(request), request.params.id, request.body.reason),
  );

  routes.post(
    '/api/v1/organizations/:orgId/arrivals',
    {
      config: { access: { organization: 'params.orgId', mode: 'write' } },
      schema: {
        tags: ['arrivals'],
        description:
          'Register the arrival of a student who is in no school now. An IIN that another school holds is rejected with 409 arrival.enrolled_elsewhere, naming that school and its territory; request the move instead.',
        params: organizationParams,
        body: registerArrivalBody,
        response: { 201: studentDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const language = languageFromHeader(request.headers['accept-language']);
      const student = await registerArrival(context, currentUser(request), request.params.orgId, request.body, language);
      return reply.status(201).send(student);
    },
  );
}
