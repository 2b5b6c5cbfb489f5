import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { createStudent } from './create-student.js';
import { listStudents } from './list-students.js';
import { loadStudentDetail } from './load-student.js';
import { createStudentBody, listStudentsQuery, studentDetail, studentListSchema, updateStudentBody } from './schemas.js';
import { updateStudent } from './update-student.js';

export function studentRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const organizationParams = z.object({ orgId: idParam });
  const studentParams = z.object({ id: idParam });

  routes.get(
    '/api/v1/organizations/:orgId/students',
    {
      config: { access: { organization: 'params.orgId', mode: 'read' } },
      schema: {
        tags: ['students'],
        description: 'A page of the school\'s students with one enrolment status, sorted by grade, letter and name in Kazakh order.',
        params: organizationParams,
        querystring: listStudentsQuery,
        response: { 200: studentListSchema, ...errorResponses },
      },
    },
    // A school that does not exist has an empty page, for which listStudents looks the school up and answers 404.
    async (request) => listStudents(context.db, request.params.orgId, request.query),
  );

  routes.post(
    '/api/v1/organizations/:orgId/students',
    {
      config: { access: { organization: 'params.orgId', mode: 'write' } },
      schema: {
        tags: ['students'],
        description: 'Add a student to the contingent; birth date and sex come from the IIN.',
        params: organizationParams,
        body: createStudentBody,
        response: { 201: studentDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const detail = await createStudent(context, currentUser(request), request.params.orgId, request.body);
      return reply.status(201).send(detail);
    },
  );

  routes.get(
    '/api/v1/students/:id',
    { config: { access: { student: 'params.id', mode: 'read' } }, schema: { tags: ['students'], params: studentParams, response: { 200: studentDetail, ...errorResponses } } },
    async (request) => loadStudentDetail(context.db, request.params.id),
  );

  routes.patch(
    '/api/v1/students/:id',
    {
      config: { access: { student: 'params.id', mode: 'write' } },
      schema: {
        tags: ['students'],
        description: 'Change the given fields; `passport` maps indicator codes to values, null clears one.',
        params: studentParams,
        body: updateStudentBody,
        response: { 200: studentDetail, ...errorResponses },
      },
    },
    async (request) => updateStudent(context, currentUser(request), request.params.id, request.body),
  );
}
