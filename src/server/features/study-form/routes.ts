import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idempotencyHeaders, idParam } from '../../http/schemas.js';
import { changeStudyForm } from './change-study-form.js';
import { changeStudyFormBody, changeStudyFormResult } from './schemas.js';

export function studyFormRoutes(app: FastifyInstance, context: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/organizations/:orgId/study-form',
    {
      config: { idempotent: true, access: { organization: 'params.orgId', student: 'body.studentIds', mode: 'write' } },
      schema: {
        tags: ['study form'],
        description:
          'Change the study form of the selected students in one batch, with an optional order. One student out of the contingent rejects the whole request; students who already have the form are left as they are.',
        headers: idempotencyHeaders,
        params: z.object({ orgId: idParam }),
        body: changeStudyFormBody,
        response: { 200: changeStudyFormResult, ...errorResponses },
      },
    },
    async (request) => changeStudyForm(context, currentUser(request), request.params.orgId, request.body),
  );
}
