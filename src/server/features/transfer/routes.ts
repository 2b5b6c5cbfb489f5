import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { assertOrganizationAccess } from '../../http/access.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idempotencyHeaders, idParam } from '../../http/schemas.js';
import { closingSchoolYear } from '../movements/closing-year.js';
import { listMovedStudents } from '../movements/list-moved-students.js';
import { undoResult } from '../movements/schemas.js';
import { undoLatestMovement } from '../movements/undo-latest-movement.js';
import { yearEndUndoRule } from '../movements/year-end-undo.js';
import { listNotTransferred } from './list-not-transferred.js';
import { transferBody, transferListQuery, transferListSchema, transferResult, type TransferList } from './schemas.js';
import { transferStudents } from './transfer-students.js';

const transferUndo = yearEndUndoRule('transfer', { noneCode: 'transfer.not_transferred', eventName: 'transfer.undone' });

export function transferRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const organizationParams = z.object({ orgId: idParam });

  routes.get(
    '/api/v1/organizations/:orgId/transfer',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['transfer'],
        description:
          'The students of the grades that move up. `state=not_transferred` gives those of the school year being closed, ready (`eligible`) or with indicators to fill (`notReady`); `state=transferred` gives those moved up this year.',
        params: organizationParams,
        querystring: transferListQuery,
        response: { 200: transferListSchema, ...errorResponses },
      },
    },
    async (request): Promise<TransferList> => {
      const { orgId } = request.params;
      assertOrganizationAccess(currentUser(request), orgId);

      const schoolYear = closingSchoolYear(context);
      if (request.query.state === 'not_transferred') return listNotTransferred(context.db, orgId, schoolYear, request.query);

      return { schoolYear, transferred: await listMovedStudents(context.db, orgId, 'transfer', schoolYear, request.query) };
    },
  );

  routes.post(
    '/api/v1/organizations/:orgId/transfer',
    {
      config: { idempotent: true, access: { organization: 'params.orgId', student: 'body.studentIds', mode: 'write' } },
      schema: {
        tags: ['transfer'],
        description:
          'Move the selected students to the next grade with the same letter, in one batch. One student who fails a rule rejects the whole request, and `errors` names every student at fault.',
        headers: idempotencyHeaders,
        params: organizationParams,
        body: transferBody,
        response: { 200: transferResult, ...errorResponses },
      },
    },
    async (request) => transferStudents(context, currentUser(request), request.params.orgId, request.body),
  );

  routes.post(
    '/api/v1/students/:id/transfer/undo',
    {
      config: { idempotent: true, access: { student: 'params.id', mode: 'write' } },
      schema: {
        tags: ['transfer'],
        description: 'Return a transferred student to the grade and school year they had before, while the transfer is their latest movement.',
        headers: idempotencyHeaders,
        params: z.object({ id: idParam }),
        response: { 200: undoResult, ...errorResponses },
      },
    },
    async (request) => undoLatestMovement(context, currentUser(request), request.params.id, transferUndo),
  );
}
