import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { getOrganization } from '../organizations/get-organization.js';
import { cancelDeparture } from './cancel-departure.js';
import { listDeparted } from './list-departed.js';
import { listPendingDepartures } from './list-pending-departures.js';
import { processDeparture } from './process-departure.js';
import {
  cancelDepartureResult,
  departedPage,
  pendingDeparturePage,
  processDepartureBody,
  processDepartureResult,
  schoolSearchQuery,
  schoolSearchResult,
  studentPageQuery,
} from './schemas.js';
import { searchReceivingSchools } from './search-schools.js';

export function departureRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const organizationParams = z.object({ orgId: idParam });

  routes.post(
    '/api/v1/students/:id/departure',
    {
      config: { access: { student: 'params.id', mode: 'write' } },
      schema: {
        tags: ['departures'],
        description:
          'Process the departure of a student in the contingent. A reason flagged to_school_in_kazakhstan names the receiving school and leaves the student pending departure until that school accepts or rejects; any other reason moves the student to Departed.',
        params: z.object({ id: idParam }),
        body: processDepartureBody,
        response: { 200: processDepartureResult, ...errorResponses },
      },
    },
    async (request) => processDeparture(context, currentUser(request), request.params.id, request.body),
  );

  routes.post(
    '/api/v1/school-moves/:id/cancel',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['departures'],
        description: 'The sending school cancels a pending departure; the student returns to its contingent as before.',
        params: z.object({ id: idParam }),
        response: { 200: cancelDepartureResult, ...errorResponses },
      },
    },
    async (request) => cancelDeparture(context, currentUser(request), request.params.id),
  );

  routes.get(
    '/api/v1/organizations/:orgId/departed',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['departures'],
        description: 'A page of the school\'s departed students, with the departure they had recorded.',
        params: organizationParams,
        querystring: studentPageQuery,
        response: { 200: departedPage, ...errorResponses },
      },
    },
    async (request) => {
      assertOrganizationAccess(currentUser(request), request.params.orgId);
      return listDeparted(context.db, request.params.orgId, request.query);
    },
  );

  routes.get(
    '/api/v1/organizations/:orgId/pending-departures',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['departures'],
        description: 'A page of the school\'s students pending departure to another school, with that school.',
        params: organizationParams,
        querystring: studentPageQuery,
        response: { 200: pendingDeparturePage, ...errorResponses },
      },
    },
    async (request) => {
      assertOrganizationAccess(currentUser(request), request.params.orgId);
      return listPendingDepartures(context.db, request.params.orgId, request.query);
    },
  );

  routes.get(
    '/api/v1/organizations/:orgId/receiving-schools',
    {
      config: { access: { organization: 'params.orgId', mode: 'write' } },
      schema: {
        tags: ['departures'],
        description: 'Schools a student of this school can move to, found by name, id, KATO code or territory name.',
        params: organizationParams,
        querystring: schoolSearchQuery,
        response: { 200: schoolSearchResult, ...errorResponses },
      },
    },
    async (request) => {
      assertOrganizationAccess(currentUser(request), request.params.orgId);
      await getOrganization(context.db, request.params.orgId);

      return { items: await searchReceivingSchools(context.db, request.params.orgId, request.query.q, request.query.limit) };
    },
  );
}
