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
import { admitStudents } from './admit-students.js';
import { listAdmissionCandidates } from './list-admission-candidates.js';
import { admissionBody, admissionListQuery, admissionListSchema, admissionResult, type AdmissionList } from './schemas.js';

const admissionUndo = yearEndUndoRule('admission', { noneCode: 'admission.not_admitted', eventName: 'admission.undone' });

export function admissionRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const organizationParams = z.object({ orgId: idParam });

  routes.get(
    '/api/v1/organizations/:orgId/admission',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['admission'],
        description:
          'Grade-9 graduates of the school year being closed who continue at the school (`state=not_admitted`, the default), or those admitted this year (`state=admitted`).',
        params: organizationParams,
        querystring: admissionListQuery,
        response: { 200: admissionListSchema, ...errorResponses },
      },
    },
    async (request): Promise<AdmissionList> => {
      const { orgId } = request.params;
      assertOrganizationAccess(currentUser(request), orgId);

      const schoolYear = closingSchoolYear(context);
      if (request.query.state === 'not_admitted') return { schoolYear, eligible: await listAdmissionCandidates(context.db, orgId, schoolYear) };

      return { schoolYear, admitted: await listMovedStudents(context.db, orgId, 'admission', schoolYear) };
    },
  );

  routes.post(
    '/api/v1/organizations/:orgId/admission',
    {
      config: { idempotent: true, access: { organization: 'params.orgId', student: 'body.studentIds', mode: 'write' } },
      schema: {
        tags: ['admission'],
        description:
          'Return the selected graduates to the active contingent in the next grade, in one batch. One student who fails a rule rejects the whole request.',
        headers: idempotencyHeaders,
        params: organizationParams,
        body: admissionBody,
        response: { 200: admissionResult, ...errorResponses },
      },
    },
    async (request) => admitStudents(context, currentUser(request), request.params.orgId, request.body),
  );

  routes.post(
    '/api/v1/students/:id/admission/undo',
    {
      config: { idempotent: true, access: { student: 'params.id', mode: 'write' } },
      schema: {
        tags: ['admission'],
        description: 'Return an admitted student to the graduates exactly as before, while the admission is their latest movement.',
        headers: idempotencyHeaders,
        params: z.object({ id: idParam }),
        response: { 200: undoResult, ...errorResponses },
      },
    },
    async (request) => undoLatestMovement(context, currentUser(request), request.params.id, admissionUndo),
  );
}
