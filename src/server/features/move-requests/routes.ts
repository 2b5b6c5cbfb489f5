import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { endRequest } from './end-request.js';
import { listSchoolMoves } from './list-school-moves.js';
import { requestMove } from './request-move.js';
import { declineRequestBody, requestMoveBody, requestMoveResult, schoolMovesQuery, schoolMovesResult } from './schemas.js';

export function moveRequestRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const organizationParams = z.object({ orgId: idParam });
  const moveParams = z.object({ id: idParam });
  const moveResult = z.object({ moveId: z.number().int() });

  routes.post(
    '/api/v1/organizations/:orgId/move-requests',
    {
      config: { access: { organization: 'params.orgId', mode: 'write' } },
      schema: {
        tags: ['move requests'],
        description: 'Ask the school that has the student with this IIN to process the student\'s departure to this school.',
        params: organizationParams,
        body: requestMoveBody,
        response: { 201: requestMoveResult, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await requestMove(context, currentUser(request), request.params.orgId, request.body.iin)),
  );

  routes.post(
    '/api/v1/school-moves/:id/decline',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['move requests'],
        description: 'The sending school declines a request with a reason; the student stays in its contingent.',
        params: moveParams,
        body: declineRequestBody,
        response: { 200: moveResult, ...errorResponses },
      },
    },
    async (request) => endRequest(context, currentUser(request), request.params.id, 'decline', request.body.reason),
  );

  routes.post(
    '/api/v1/school-moves/:id/withdraw',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['move requests'],
        description: 'The requesting school withdraws its request.',
        params: moveParams,
        response: { 200: moveResult, ...errorResponses },
      },
    },
    async (request) => endRequest(context, currentUser(request), request.params.id, 'withdraw', null),
  );

  routes.get(
    '/api/v1/organizations/:orgId/school-moves',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['move requests'],
        description: 'Moves out of or into the school in the given states: open ones, and those that ended within `days` days.',
        params: organizationParams,
        querystring: schoolMovesQuery,
        response: { 200: schoolMovesResult, ...errorResponses },
      },
    },
    async (request) => {
      assertOrganizationAccess(currentUser(request), request.params.orgId);
      return { items: await listSchoolMoves(context.db, request.params.orgId, request.query, context.clock.now()) };
    },
  );
}
